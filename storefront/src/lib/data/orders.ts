import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getAuthHeaders, getLastOrder } from "@/lib/data/cookies"
import { errorStatus } from "@/lib/util/errors"
import type { OrderView } from "@/lib/util/order-view"
import { toOrderView } from "@/lib/util/order-view"

const ORDER_FIELDS = "*items,+items.total,*shipping_address,*shipping_methods,+item_total,+shipping_total,+payment_status,+fulfillment_status"

/** A guest's proof of access to an order: the email and token from the confirmation email's link. */
export type OrderProof = { email: string; token: string }

/** The logged-in customer's orders, newest first. */
export async function listOrders(limit = 20, offset = 0): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await sdk.store.order.list(
    {
      limit,
      offset,
      order: "-created_at",
      fields: "id,display_id,status,payment_status,fulfillment_status,total,currency_code,created_at",
    },
    await getAuthHeaders()
  )
  return { orders, count }
}

/**
 * One order, as its customer (the login token) or a guest with proof may read
 * it (the backend answers 404 to anyone else). Null when not readable.
 */
export async function getOrder(id: string, proof?: OrderProof | null): Promise<HttpTypes.StoreOrder | null> {
  const headers: Record<string, string> = proof
    ? { "x-order-email": proof.email, "x-order-token": proof.token }
    : await getAuthHeaders()
  try {
    const { order } = await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, headers)
    return order
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 400 || status === 401 || status === 403) return null
    throw error
  }
}

/**
 * The order for its confirmation page: from the store API when the shopper
 * may read it, else the snapshot this browser kept when it placed the order.
 */
export async function getConfirmedOrder(id: string): Promise<OrderView | null> {
  const order = await getOrder(id)
  if (order) return toOrderView(order)
  const last = await getLastOrder()
  return last?.id === id ? last : null
}

export type TrackingEvent =
  | { type: "placed"; at: string }
  | { type: "payment_authorized" | "payment_captured" | "refunded"; at: string; amount: unknown }
  | {
      type: "shipped"
      at: string
      shipment_id: string
      carrier: { code: string; name: string } | null
      tracking_number: string | null
      tracking_url: string | null
      parcels: { tracking_number: string; tracking_url: string | null }[]
    }
  | { type: "delivered"; at: string; shipment_id: string }
  | { type: "canceled"; at: string }

export type OrderTracking = { order_id: string; status: string; events: TrackingEvent[] }

/** The order's timeline (placed, paid, shipped with tracking links, delivered, …), for whoever may read the order. */
export async function getOrderTracking(id: string, proof?: OrderProof | null): Promise<OrderTracking | null> {
  const headers: Record<string, string> = proof
    ? { "x-order-email": proof.email, "x-order-token": proof.token }
    : await getAuthHeaders()
  try {
    const { tracking } = await sdk.client.fetch<{ tracking: OrderTracking }>(
      `/store/orders/${encodeURIComponent(id)}/tracking`,
      { headers, cache: "no-store" }
    )
    return tracking
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 400 || status === 401 || status === 403) return null
    throw error
  }
}
