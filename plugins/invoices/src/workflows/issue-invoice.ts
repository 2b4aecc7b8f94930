import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInvoiceStep } from "./steps/create-invoice"
import { loadOrderForInvoiceStep } from "./steps/load-order-for-invoice"
import { loadSellerSettingsStep } from "./steps/load-seller-settings"

/**
 * Issues the invoice of an order (run on order.placed). The numbering write
 * is the last step, so nothing after it can fail and undo a number.
 */
export const issueInvoiceWorkflow = createWorkflow("issue-invoice", (input: { order_id: string }) => {
  const order = loadOrderForInvoiceStep({ order_id: input.order_id })
  const settings = loadSellerSettingsStep()
  return new WorkflowResponse(createInvoiceStep({ order, settings }))
})
