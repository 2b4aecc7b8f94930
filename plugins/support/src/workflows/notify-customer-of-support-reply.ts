import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { StoreEmail } from "@shop/order-tracking/lib/email"
import { sendStoreEmailStep } from "@shop/order-tracking/workflows"
import type { SupportRequestRecord } from "../lib/serialize"
import { supportReference } from "../lib/serialize"
import { buildSupportRequestLinkStep } from "./steps/build-support-request-link"

export const SUPPORT_REPLY_TEMPLATE = "support-reply"

/** Emails the customer (or guest) the merchant's reply, with the link to the thread. */
export const notifyCustomerOfSupportReplyWorkflow = createWorkflow(
  "notify-customer-of-support-reply",
  (input: { id: string; message_id: string }) => {
    const { data: requests } = useQueryGraphStep({
      entity: "support_request",
      fields: ["id", "email", "customer_id", "subject", "messages.id", "messages.body", "customer.first_name"],
      filters: { id: input.id },
    })
    const linkInput = transform({ requests, input }, ({ requests, input }) => {
      const request = requests[0] as SupportRequestRecord | undefined
      return { request_id: input.id, guest: request ? request.customer_id === null : false }
    })
    const link = buildSupportRequestLinkStep(linkInput)
    const email = transform({ requests, input, link }, ({ requests, input, link }): StoreEmail | null => {
      const request = requests[0] as SupportRequestRecord | undefined
      const reply = (request?.messages ?? []).find((m) => m.id === input.message_id)
      if (!request || !reply) {
        // Erased before the email went out.
        return null
      }
      return {
        template: SUPPORT_REPLY_TEMPLATE,
        to: request.email,
        reference: `support_request:${request.id}`,
        idempotency_key: `support-reply:${reply.id}`,
        props: {
          customer_name: request.customer?.first_name ?? null,
          ticket_reference: supportReference(request.id),
          ticket_subject: request.subject,
          message: reply.body,
          ticket_url: link,
        },
      }
    })
    sendStoreEmailStep(email)
    return new WorkflowResponse(email)
  }
)
