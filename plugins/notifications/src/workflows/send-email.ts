import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryAttachment } from "../modules/email-delivery/service"
import { createEmailDeliveryStep } from "./steps/create-email-delivery"
import { deliverEmailStep } from "./steps/deliver-email"
import { renderEmailStep } from "./steps/render-email"

export type SendEmailWorkflowInput = {
  /** A name from src/templates/index.ts, e.g. "support-reply". */
  template: string
  to: string
  /** The template's props; validated against its schema. */
  props: Record<string, unknown>
  attachments?: DeliveryAttachment[]
  /** What the mail is about, e.g. "order:order_01…" (listed per order in the admin). */
  reference?: string
  /** Mails with the same key are sent once (event redelivery, double clicks). */
  idempotency_key?: string
}

/**
 * Renders a template, records the delivery and makes the first attempt.
 * A failed attempt is retried later by the retry job; the workflow still
 * succeeds, so callers (subscribers) never fail because of mail trouble.
 */
export const sendEmailWorkflow = createWorkflow("send-email", (input: SendEmailWorkflowInput) => {
  const rendered = renderEmailStep({ template: input.template, props: input.props })
  const deliveryInput = transform({ input, rendered }, ({ input, rendered }) => ({
    template: input.template,
    to: input.to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: input.attachments ?? null,
    reference: input.reference ?? null,
    idempotency_key: input.idempotency_key ?? null,
  }))
  const delivery = createEmailDeliveryStep(deliveryInput)
  const result = deliverEmailStep({ id: delivery.id })
  return new WorkflowResponse(result)
})

