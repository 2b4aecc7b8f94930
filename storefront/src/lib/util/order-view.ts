import type { HttpTypes } from "@medusajs/types"

/**
 * What the storefront shows of an order: read from the store API, or — for a
 * guest right after checkout, who has no proof of access yet — from the
 * snapshot kept in a short-lived cookie when the order was placed.
 */
export type OrderView = {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  created_at: string | null
  status: string | null
  payment_status: string | null
  fulfillment_status: string | null
  items: { id: string; title: string; quantity: number; unit_price: number; subtotal: number; product_id?: string | null }[]
  /** items left out of a snapshot (a cookie holds only so much) */
  more_items: number
  item_subtotal: number
  shipping_subtotal: number
  tax_total: number
  total: number
  shipping_method: string | null
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    postal_code: string | null
    city: string | null
    country_code: string | null
  } | null
}

const num = (value: unknown): number => {
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

export function toOrderView(order: HttpTypes.StoreOrder, maxItems = Infinity): OrderView {
  const items = order.items ?? []
  const a = order.shipping_address
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    currency_code: order.currency_code,
    created_at: order.created_at ? String(order.created_at) : null,
    status: order.status ?? null,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    items: items.slice(0, maxItems).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      product_id: item.product_id ?? null,
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      // Gross (incl. VAT, after discounts), as the shop shows prices to consumers.
      subtotal: num(item.total ?? item.subtotal),
    })),
    more_items: Math.max(0, items.length - maxItems),
    item_subtotal: num(order.item_total ?? order.item_subtotal),
    shipping_subtotal: num(order.shipping_total ?? order.shipping_subtotal),
    tax_total: num(order.tax_total),
    total: num(order.total),
    shipping_method: order.shipping_methods?.[0]?.name ?? null,
    shipping_address: a
      ? {
          first_name: a.first_name ?? null,
          last_name: a.last_name ?? null,
          address_1: a.address_1 ?? null,
          postal_code: a.postal_code ?? null,
          city: a.city ?? null,
          country_code: a.country_code ?? null,
        }
      : null,
  }
}
