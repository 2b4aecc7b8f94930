import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderForInvoice } from "../../lib/order-snapshot"
import { ORDER_INVOICE_FIELDS } from "../../lib/order-snapshot"

/** Reads the order with everything its invoice shows (read only). */
export const loadOrderForInvoiceStep = createStep(
  "load-order-for-invoice",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_INVOICE_FIELDS, filters: { id: input.order_id } })
    const order = data[0] as OrderForInvoice | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (!order.items?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${input.order_id} has no items to invoice`)
    }
    return new StepResponse(order)
  }
)
