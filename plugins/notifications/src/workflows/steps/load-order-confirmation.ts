import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderConfirmation } from "../../lib/order-email"

/** Reads the order and shapes the confirmation's props (read only). */
export const loadOrderConfirmationStep = createStep(
  "load-order-confirmation",
  async (input: { order_id: string; invoice_number?: string | null; order_url?: string | null }, { container }) => {
    return new StepResponse(await loadOrderConfirmation(container, input.order_id, input.invoice_number, input.order_url))
  }
)
