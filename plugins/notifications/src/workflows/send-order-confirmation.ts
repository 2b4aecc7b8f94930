import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryAttachment } from "../modules/email-delivery/service"
import { createEmailDeliveryStep } from "./steps/create-email-delivery"
import { deliverEmailStep } from "./steps/deliver-email"
import { loadOrderConfirmationStep } from "./steps/load-order-confirmation"
import { renderEmailStep } from "./steps/render-email"

export type SendOrderConfirmationInput = {
  order_id: string
  /** Shown in the mail ("your invoice INV-… is attached"). */
  invoice_number?: string | null
  /** The order page in the storefront; a guest's link carries the order's access token. */
  order_url?: string | null
  attachments?: DeliveryAttachment[]
  /** Defaults to one confirmation per order; pass another key to send again (admin "resend"). */
  idempotency_key?: string | null
}

/** The order confirmation: order read through Query, rendered, recorded, sent (retried on failure). */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: SendOrderConfirmationInput) => {
    const loaded = loadOrderConfirmationStep({
      order_id: input.order_id,
      invoice_number: input.invoice_number,
      order_url: input.order_url,
    })
    const rendered = renderEmailStep({ template: "order-confirmation", props: loaded.props })
    const deliveryInput = transform({ input, loaded, rendered }, ({ input, loaded, rendered }) => ({
      template: "order-confirmation",
      to: loaded.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: input.attachments ?? null,
      reference: `order:${input.order_id}`,
      idempotency_key: input.idempotency_key === undefined ? `order-confirmation:${input.order_id}` : input.idempotency_key,
    }))
    const delivery = createEmailDeliveryStep(deliveryInput)
    return new WorkflowResponse(deliverEmailStep({ id: delivery.id }))
  }
)
