import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendShipmentNotificationWorkflow } from "../workflows/send-shipment-notification"

/** The customer hears about each shipment unless the merchant chose "no notification". */
export default async function notifyCustomerOfShipment({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  await sendShipmentNotificationWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "order-tracking-shipment-email" },
}
