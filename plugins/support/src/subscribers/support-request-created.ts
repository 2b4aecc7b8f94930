import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SUPPORT_REQUEST_CREATED } from "../workflows/create-support-request"
import { notifyMerchantOfSupportRequestWorkflow } from "../workflows/notify-merchant-of-support-request"

/** The merchant hears about every new request. */
export default async function notifyMerchant({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyMerchantOfSupportRequestWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: SUPPORT_REQUEST_CREATED,
  context: { subscriberId: "support-notify-merchant" },
}
