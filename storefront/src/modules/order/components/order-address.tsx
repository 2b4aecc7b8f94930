import type { OrderView } from "@/lib/util/order-view"

export function OrderAddress({ order }: { order: OrderView }) {
  const a = order.shipping_address
  if (!a) return null
  return (
    <address data-testid="order-address" style={{ fontStyle: "normal" }}>
      {a.first_name} {a.last_name}
      <br />
      {a.address_1}
      <br />
      {a.postal_code} {a.city}, {a.country_code?.toUpperCase()}
    </address>
  )
}
