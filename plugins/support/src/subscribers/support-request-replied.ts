import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCustomerOfSupportReplyWorkflow } from "../workflows/notify-customer-of-support-reply"
import { SUPPORT_REQUEST_REPLIED } from "../workflows/reply-to-support-request"

/** The customer gets each merchant reply by email. */
export default async function notifyCustomer({
  event,
  container,
}: SubscriberArgs<{ id: string; message_id: string; author: string }>) {
  if (event.data.author !== "merchant") {
    return
  }
  await notifyCustomerOfSupportReplyWorkflow(container).run({
    input: { id: event.data.id, message_id: event.data.message_id },
  })
}

export const config: SubscriberConfig = {
  event: SUPPORT_REQUEST_REPLIED,
  context: { subscriberId: "support-notify-customer" },
}
