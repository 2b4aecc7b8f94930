import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { SupportRequestRecord } from "../lib/serialize"
import { buildSupportRequestLinkStep } from "./steps/build-support-request-link"

export const SUPPORT_REPLY_TEMPLATE = "support-reply"

/** Emails the customer (or guest) the merchant's reply, with the link to the thread. */
export const notifyCustomerOfSupportReplyWorkflow = createWorkflow(
  "notify-customer-of-support-reply",
  (input: { id: string; message_id: string }) => {
    const { data: requests } = useQueryGraphStep({
      entity: "support_request",
      fields: ["id", "email", "customer_id", "subject", "messages.id", "messages.body"],
      filters: { id: input.id },
    })
    const linkInput = transform({ requests, input }, ({ requests, input }) => {
      const request = requests[0] as SupportRequestRecord | undefined
      return { request_id: input.id, guest: request ? request.customer_id === null : false }
    })
    const link = buildSupportRequestLinkStep(linkInput)
    const notifications = transform({ requests, input, link }, ({ requests, input, link }): CreateNotificationDTO[] => {
      const request = requests[0] as SupportRequestRecord | undefined
      const reply = (request?.messages ?? []).find((m) => m.id === input.message_id)
      if (!request || !reply) {
        // Erased before the email went out.
        return []
      }
      return [
        {
          to: request.email,
          channel: "email",
          template: SUPPORT_REPLY_TEMPLATE,
          idempotency_key: `support-reply-${reply.id}`,
          resource_id: request.id,
          resource_type: "support_request",
          data: {
            support_request_id: request.id,
            subject: request.subject,
            reply: reply.body,
            link,
          },
        },
      ]
    })
    when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => {
      sendNotificationsStep(notifications)
    })
    return new WorkflowResponse(notifications)
  }
)
