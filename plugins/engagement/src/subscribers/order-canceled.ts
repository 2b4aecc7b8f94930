import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderPurchasesWorkflow } from "../workflows/cancel-order-purchases"

/** A canceled order's lines are marked canceled in the purchase history. */
export default async function cancelPurchases({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderPurchasesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "engagement-order-canceled" },
}
