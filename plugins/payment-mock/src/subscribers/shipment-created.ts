import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { captureOnShipment } from "../lib/capture-on-shipment"

/** Card payments set to capture on shipment are captured when the order's shipment is created. */
export default async function captureOnShipmentHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await captureOnShipment(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "payment-mock-capture-on-shipment" },
}
