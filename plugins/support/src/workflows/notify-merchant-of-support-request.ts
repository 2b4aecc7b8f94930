import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { StoreEmail } from "@shop/order-tracking/lib/email"
import { sendStoreEmailStep } from "@shop/order-tracking/workflows"
import { adminSupportRequestUrl, merchantEmail } from "../lib/links"
import type { SupportRequestRecord } from "../lib/serialize"
import { supportReference } from "../lib/serialize"

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
        "messages.id",
        "messages.body",
        "messages.created_at",
        "order.display_id",
      ],
      filters: { id: input.id },
    })
    const email = transform({ requests }, ({ requests }): StoreEmail | null => {
      const request = requests[0] as SupportRequestRecord | undefined
      if (!request) {
        // Erased before the email went out.
        return null
      }
      const first = [...(request.messages ?? [])].sort((a, b) =>
        String(a.created_at).localeCompare(String(b.created_at))
      )[0]
      return {
        template: SUPPORT_REQUEST_CREATED_TEMPLATE,
        to: merchantEmail(),
        reference: `support_request:${request.id}`,
        idempotency_key: `support-request-created:${request.id}`,
        props: {
          ticket_reference: supportReference(request.id),
          ticket_subject: request.subject,
          category: request.category,
          message: first?.body ?? "",
          customer_email: request.email,
          customer_kind: request.customer_id ? "customer" : "guest",
          order_display_id: request.order?.display_id ?? null,
          admin_url: adminSupportRequestUrl(request.id),
        },
      }
    })
    sendStoreEmailStep(email)
    return new WorkflowResponse(email)
  }
)
