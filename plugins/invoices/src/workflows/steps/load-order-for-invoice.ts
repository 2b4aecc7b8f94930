import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertInvoiceable } from "../../lib/issue-invoice"
import { readOrderForDocuments } from "../../lib/order-read"

/** Reads the order with everything its invoice shows (read only). */
export const loadOrderForInvoiceStep = createStep(
  "load-order-for-invoice",
  async (input: { order_id: string }, { container }) => {
    const order = await readOrderForDocuments(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.order_id)
    return new StepResponse(assertInvoiceable(order, input.order_id))
  }
)
