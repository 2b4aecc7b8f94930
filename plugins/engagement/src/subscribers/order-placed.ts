import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordPlacedOrderPurchases } from "../lib/order-purchases"

/**
 * A placed order's lines join the customer's purchase history. Not through
 * the engagement-record-order-purchases workflow: this runs for every order,
 * see recordPlacedOrderPurchases for why it needs none.
 */
export default async function recordPurchases({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPlacedOrderPurchases(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "engagement-order-placed" },
}
