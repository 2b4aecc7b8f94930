/**
 * A placed order as the merchant handles it, through Medusa's admin API:
 * fulfil, ship, deliver, capture, refund or cancel (tests/helpers/checkout.ts
 * places it).
 */
import { expectStatus } from "./http"
import type { ShopClient } from "./store-fixtures"

type AdminOrder = {
  id: string
  items: { id: string; quantity: number }[]
  fulfillments?: { id: string; items: { line_item_id: string; quantity: number }[] }[]
  payment_collections: { payments: { id: string }[] }[]
}

export async function adminOrder(client: ShopClient, orderId: string): Promise<AdminOrder> {
  const res = await client.admin(
    "get",
    `/admin/orders/${orderId}?fields=id,*items,*fulfillments,*fulfillments.items,*payment_collections,*payment_collections.payments`
  )
  expectStatus(res, 200, "admin order")
  return res.data.order
}

/** Creates a manual fulfillment of every item of the order; returns its id. */
export async function fulfilOrder(client: ShopClient, orderId: string): Promise<string> {
  const order = await adminOrder(client, orderId)
  const res = await client.admin("post", `/admin/orders/${orderId}/fulfillments`, {
    items: order.items.map((item) => ({ id: item.id, quantity: item.quantity })),
  })
  expectStatus(res, 200, "create fulfillment")
  const after = await adminOrder(client, orderId)
  const known = new Set((order.fulfillments ?? []).map((f) => f.id))
  const created = (after.fulfillments ?? []).find((f) => !known.has(f.id))
  if (!created) throw new Error("no new fulfillment")
  return created.id
}

export type ShipmentInput = {
  labels: { tracking_number: string; tracking_url?: string; label_url?: string }[]
  carrier?: string
  no_notification?: boolean
}

/** POST /admin/orders/:id/fulfillments/:fid/shipments — Medusa's own shipment route. */
export async function shipFulfillment(client: ShopClient, orderId: string, fulfillmentId: string, input: ShipmentInput) {
  const order = await adminOrder(client, orderId)
  const fulfillment = order.fulfillments?.find((f) => f.id === fulfillmentId)
  return client.admin("post", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, {
    items: (fulfillment?.items ?? []).map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    labels: input.labels.map((l) => ({ tracking_url: "", label_url: "", ...l })),
    ...(input.no_notification ? { no_notification: true } : {}),
    ...(input.carrier !== undefined ? { additional_data: { carrier: input.carrier } } : {}),
  })
}

export async function markDelivered(client: ShopClient, orderId: string, fulfillmentId: string) {
  const res = await client.admin("post", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {})
  expectStatus(res, 200, "mark delivered")
}

export async function capturePayment(client: ShopClient, orderId: string): Promise<string> {
  const order = await adminOrder(client, orderId)
  const paymentId = order.payment_collections[0].payments[0].id
  expectStatus(await client.admin("post", `/admin/payments/${paymentId}/capture`, {}), 200, "capture payment")
  return paymentId
}

export async function refundPayment(client: ShopClient, paymentId: string, amount: number) {
  expectStatus(await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount }), 200, "refund payment")
}

export async function cancelOrder(client: ShopClient, orderId: string) {
  expectStatus(await client.admin("post", `/admin/orders/${orderId}/cancel`, {}), 200, "cancel order")
}
