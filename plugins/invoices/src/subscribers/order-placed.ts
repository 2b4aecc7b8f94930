import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmPlacedOrder } from "../lib/confirm-placed-order"

export { orderLink } from "../lib/confirm-placed-order"

/**
 * Emitted by the order-tracking plugin right after `order.placed`, once the
 * order's access token exists: `{ id: order_id, token }`. The raw token lives
 * only in this event (the database keeps its hash), so the confirmation mail,
 * which carries the guest's link to the order, is sent from here.
 */
export const ORDER_ACCESS_TOKEN_ISSUED = "order.access_token_issued"

/**
 * A placed order (with its access token) → issue the invoice → mail the
 * order confirmation with the invoice attached and the link to the order.
 * Runs after the checkout request has answered; a mail problem is retried by
 * the notifications plugin and never touches the order. Not a workflow: see
 * confirmPlacedOrder for why this per-order path runs without one.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string; token?: string }>) {
  const token = typeof event.data.token === "string" && event.data.token ? event.data.token : null
  await confirmPlacedOrder(container, { order_id: event.data.id, token })
}

export const config: SubscriberConfig = {
  event: ORDER_ACCESS_TOKEN_ISSUED,
  context: { subscriberId: "invoices-order-placed" },
}
