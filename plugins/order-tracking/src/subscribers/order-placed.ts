import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import type { OrderAccessTokenIssued } from "../lib/issue-order-access-token"
import { issueOrderAccessToken, ORDER_ACCESS_TOKEN_ISSUED } from "../lib/issue-order-access-token"

/** Every new order gets the access token a guest proves ownership with. */
export default async function issueTokenForPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const token = await issueOrderAccessToken(container, event.data.id)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const data: OrderAccessTokenIssued = { id: event.data.id, token }
  await eventBus.emit({ name: ORDER_ACCESS_TOKEN_ISSUED, data })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-tracking-issue-access-token" },
}
