import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordReturnedPurchasesWorkflow } from "../workflows/record-returned-purchases"

/** A received return updates the returned quantities of the order's lines. */
export default async function recordReturn({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await recordReturnedPurchasesWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "engagement-order-return-received" },
}
