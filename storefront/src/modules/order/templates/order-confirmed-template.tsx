import type { OrderView } from "@/lib/util/order-view"
import Link from "next/link"
import { OrderAddress } from "@/modules/order/components/order-address"
import { OrderItems } from "@/modules/order/components/order-items"
import { OrderTotals } from "@/modules/order/components/order-totals"

export function OrderConfirmedTemplate({ order, loggedIn }: { order: OrderView; loggedIn: boolean }) {
  return (
    <section className="stack" data-testid="order-confirmed">
      <div className="notice notice--ok" role="status">
        <h1 style={{ marginBottom: "0.25rem" }}>Thank you for your order!</h1>
        <p style={{ margin: 0 }}>
          Your order number is{" "}
          <strong data-testid="order-number" data-order-id={order.id}>
            #{order.display_id}
          </strong>
          . A confirmation is on its way to <strong data-testid="order-email">{order.email}</strong>.
        </p>
      </div>
      <div className="cart-layout">
        <div className="stack">
          <h2>What you ordered</h2>
          <OrderItems order={order} />
        </div>
        <aside className="card stack">
          <h2>Delivery to</h2>
          <OrderAddress order={order} />
          <OrderTotals order={order} />
        </aside>
      </div>
      <p style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
        <Link prefetch={false} href="/products" className="button" data-testid="continue-shopping">
          Continue shopping
        </Link>
        {loggedIn ? (
          <Link prefetch={false} href={`/account/orders/details/${order.id}`} className="button button--secondary" data-testid="view-order">
            View order in your account
          </Link>
        ) : null}
      </p>
    </section>
  )
}
