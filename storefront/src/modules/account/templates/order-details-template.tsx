import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { OrderStatus } from "@/modules/account/components/order-status"
import { OrderAddress } from "@/modules/order/components/order-address"
import { OrderItems } from "@/modules/order/components/order-items"
import { OrderTotals } from "@/modules/order/components/order-totals"

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "long", timeStyle: "short" })

export function OrderDetailsTemplate({ order }: { order: HttpTypes.StoreOrder }) {
  return (
    <section className="stack" data-testid="order-details">
      <p>
        <Link href="/account/orders">← All orders</Link>
      </p>
      <h1>
        Order <span data-testid="order-number">#{order.display_id}</span>
      </h1>
      <p className="muted">
        Placed {date.format(new Date(order.created_at))} · <OrderStatus order={order} />
      </p>
      <p>
        <a className="button button--secondary" href={`/account/orders/${order.id}/invoice`} download data-testid="invoice-download">
          Download invoice (PDF)
        </a>
      </p>
      <OrderItems order={order} />
      <div className="cart-layout">
        <div className="card stack">
          <h2>Delivery</h2>
          <OrderAddress order={order} />
          {order.shipping_methods?.[0] ? <p className="muted">{order.shipping_methods[0].name}</p> : null}
        </div>
        <div className="card">
          <OrderTotals order={order} />
        </div>
      </div>
    </section>
  )
}
