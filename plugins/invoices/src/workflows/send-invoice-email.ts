import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendOrderConfirmationWorkflow } from "@shop/notifications/workflows"
import { renderInvoiceAttachmentStep } from "./steps/render-invoice-attachment"

export type SendInvoiceEmailInput = {
  invoice_id: string
  /** The admin's "resend": a new mail even though the confirmation went out before. */
  resend?: boolean
  /** The order page link for the mail (with the guest's access token when there is one). */
  order_url?: string | null
}

/**
 * The order confirmation with the invoice attached (the notifications plugin
 * renders, records and retries the mail).
 */
export const sendInvoiceEmailWorkflow = createWorkflow("send-invoice-email", (input: SendInvoiceEmailInput) => {
  const rendered = renderInvoiceAttachmentStep({ invoice_id: input.invoice_id })
  const confirmation = transform({ input, rendered }, ({ input, rendered }) => ({
    order_id: rendered.order_id,
    invoice_number: rendered.number,
    order_url: input.order_url ?? null,
    attachments: [rendered.attachment],
    idempotency_key: input.resend
      ? `order-confirmation:${rendered.order_id}:resend:${Date.now()}`
      : `order-confirmation:${rendered.order_id}`,
  }))
  const delivery = sendOrderConfirmationWorkflow.runAsStep({ input: confirmation })
  return new WorkflowResponse(delivery)
})
