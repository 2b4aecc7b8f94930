import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderPurchasesWorkflow } from "../workflows/record-order-purchases"

/** A placed order's lines join the customer's purchase history. */
export default async function recordPurchases({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderPurchasesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "engagement-order-placed" },
}
