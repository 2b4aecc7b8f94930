import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { adminSupportRequestUrl, merchantEmail } from "../lib/links"
import type { SupportRequestRecord } from "../lib/serialize"

export const SUPPORT_REQUEST_CREATED_TEMPLATE = "support-request-created"

/** Emails the merchant (MERCHANT_EMAIL) a new request with its first message. */
export const notifyMerchantOfSupportRequestWorkflow = createWorkflow(
  "notify-merchant-of-support-request",
  (input: { id: string }) => {
    const { data: requests } = useQueryGraphStep({
      entity: "support_request",
      fields: [
        "id",
        "email",
        "customer_id",
        "order_id",
        "subject",
        "category",
        "created_at",
        "messages.body",
        "messages.created_at",
      ],
      filters: { id: input.id },
    })
    const notifications = transform({ requests }, ({ requests }): CreateNotificationDTO[] => {
      const request = requests[0] as SupportRequestRecord | undefined
      if (!request) {
        // Erased before the email went out.
        return []
      }
      const first = [...(request.messages ?? [])].sort((a, b) =>
        String(a.created_at).localeCompare(String(b.created_at))
      )[0]
      return [
        {
          to: merchantEmail(),
          channel: "email",
          template: SUPPORT_REQUEST_CREATED_TEMPLATE,
          idempotency_key: `support-request-created-${request.id}`,
          resource_id: request.id,
          resource_type: "support_request",
          data: {
            support_request_id: request.id,
            subject: request.subject,
            category: request.category,
            message: first?.body ?? "",
            customer_email: request.email,
            customer_id: request.customer_id,
            order_id: request.order_id,
            link: adminSupportRequestUrl(request.id),
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
