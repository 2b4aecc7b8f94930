import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Carrier, TrackingLink } from "./carriers"
import { carrierFromUrl, findCarrier, trackingLink } from "./carriers"

/**
 * An order's tracking timeline, built from what Medusa records: the order
 * (placed, canceled), its payments (authorized, captured, refunded) and its
 * fulfillments (shipped with labels, delivered).
 */

type Amount = number | string | { toJSON?: () => unknown }
type Stamp = Date | string | null | undefined

type PaymentRow = {
  id: string
  amount: Amount
  created_at: Stamp
  canceled_at?: Stamp
  captures?: { id: string; amount: Amount; created_at: Stamp }[] | null
  refunds?: { id: string; amount: Amount; created_at: Stamp }[] | null
}

type FulfillmentRow = {
  id: string
  created_at: Stamp
  shipped_at?: Stamp
  delivered_at?: Stamp
  canceled_at?: Stamp
  metadata?: Record<string, unknown> | null
  labels?: { tracking_number: string; tracking_url?: string | null }[] | null
}

export type OrderTrackingRow = {
  id: string
  display_id: number | null
  status: string
  currency_code: string
  created_at: Stamp
  canceled_at?: Stamp
  payment_collections?: ({ payments?: PaymentRow[] | null } | null)[] | null
  fulfillments?: (FulfillmentRow | null)[] | null
}

export type CarrierRef = { code: string; name: string }

export type Shipment = {
  id: string
  status: "preparing" | "shipped" | "delivered" | "canceled"
  carrier: CarrierRef | null
  parcels: TrackingLink[]
  created_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}

export type TrackingEvent =
  | { type: "placed"; at: string }
  | { type: "payment_authorized"; at: string; amount: Amount }
  | { type: "payment_captured"; at: string; amount: Amount }
  | {
      type: "shipped"
      at: string
      shipment_id: string
      carrier: CarrierRef | null
      tracking_number: string | null
      tracking_url: string | null
      parcels: TrackingLink[]
    }
  | { type: "delivered"; at: string; shipment_id: string }
  | { type: "canceled"; at: string }
  | { type: "refunded"; at: string; amount: Amount }

export type OrderTracking = {
  order_id: string
  display_id: number | null
  status: string
  currency_code: string
  events: TrackingEvent[]
  shipments: Shipment[]
}

export const TRACKING_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "created_at",
  "canceled_at",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.created_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

function iso(stamp: Stamp): string | null {
  if (!stamp) return null
  const date = stamp instanceof Date ? stamp : new Date(stamp)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The carrier of a fulfillment: the one set at shipment, else the one its tracking link points to. */
export function carrierOfFulfillment(fulfillment: FulfillmentRow): Carrier | undefined {
  const chosen = findCarrier(typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : undefined)
  if (chosen) return chosen
  for (const label of fulfillment.labels ?? []) {
    const fromUrl = carrierFromUrl(label.tracking_url)
    if (fromUrl) return fromUrl
  }
  return undefined
}

export function shipmentOf(fulfillment: FulfillmentRow): Shipment {
  const carrier = carrierOfFulfillment(fulfillment)
  const status = fulfillment.canceled_at
    ? "canceled"
    : fulfillment.delivered_at
      ? "delivered"
      : fulfillment.shipped_at
        ? "shipped"
        : "preparing"
  return {
    id: fulfillment.id,
    status,
    carrier: carrier ? { code: carrier.code, name: carrier.name } : null,
    parcels: (fulfillment.labels ?? [])
      .filter((label) => label.tracking_number)
      .map((label) => trackingLink(carrier, label.tracking_number, label.tracking_url)),
    created_at: iso(fulfillment.created_at),
    shipped_at: iso(fulfillment.shipped_at),
    delivered_at: iso(fulfillment.delivered_at),
    canceled_at: iso(fulfillment.canceled_at),
  }
}

// Same-instant events keep the order a customer would expect.
const RANK: Record<TrackingEvent["type"], number> = {
  placed: 0,
  payment_authorized: 1,
  payment_captured: 2,
  shipped: 3,
  delivered: 4,
  canceled: 5,
  refunded: 6,
}

export function buildTracking(order: OrderTrackingRow): OrderTracking {
  const events: TrackingEvent[] = []
  const placedAt = iso(order.created_at)
  if (placedAt) events.push({ type: "placed", at: placedAt })

  for (const collection of order.payment_collections ?? []) {
    for (const payment of collection?.payments ?? []) {
      const authorizedAt = iso(payment.created_at)
      if (authorizedAt) events.push({ type: "payment_authorized", at: authorizedAt, amount: payment.amount })
      for (const capture of payment.captures ?? []) {
        const at = iso(capture.created_at)
        if (at) events.push({ type: "payment_captured", at, amount: capture.amount })
      }
      for (const refund of payment.refunds ?? []) {
        const at = iso(refund.created_at)
        if (at) events.push({ type: "refunded", at, amount: refund.amount })
      }
    }
  }

  const shipments: Shipment[] = []
  for (const fulfillment of order.fulfillments ?? []) {
    if (!fulfillment) continue
    const shipment = shipmentOf(fulfillment)
    shipments.push(shipment)
    if (shipment.shipped_at) {
      const first = shipment.parcels[0]
      events.push({
        type: "shipped",
        at: shipment.shipped_at,
        shipment_id: shipment.id,
        carrier: shipment.carrier,
        tracking_number: first?.tracking_number ?? null,
        tracking_url: first?.tracking_url ?? null,
        parcels: shipment.parcels,
      })
    }
    if (shipment.delivered_at) {
      events.push({ type: "delivered", at: shipment.delivered_at, shipment_id: shipment.id })
    }
  }

  const canceledAt = order.status === "canceled" ? iso(order.canceled_at) : null
  if (canceledAt) events.push({ type: "canceled", at: canceledAt })

  events.sort((a, b) => a.at.localeCompare(b.at) || RANK[a.type] - RANK[b.type])
  shipments.sort((a, b) => (a.created_at ?? "").localeCompare(b.created_at ?? ""))

  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    status: order.status,
    currency_code: order.currency_code,
    events,
    shipments,
  }
}

/** The tracking of one order, or null when there is no such order. Callers check access first. */
export async function loadOrderTracking(scope: MedusaContainer, orderId: string): Promise<OrderTracking | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: TRACKING_FIELDS, filters: { id: orderId } })
  const order = data[0] as OrderTrackingRow | undefined
  return order ? buildTracking(order) : null
}
