import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { creditCanceledOrderWorkflow } from "../workflows/credit-canceled-order"

/** A canceled order → its invoice credited in full → the cancellation mailed with the credit note. */
export default async function orderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await creditCanceledOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "invoices-order-canceled" },
}
