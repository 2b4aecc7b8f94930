import type { OrderView } from "@/lib/util/order-view"
import Link from "next/link"
import { OrderStatus } from "@/modules/account/components/order-status"
import { OrderAddress } from "@/modules/order/components/order-address"
import { OrderItems } from "@/modules/order/components/order-items"
import { OrderTotals } from "@/modules/order/components/order-totals"

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "long", timeStyle: "short" })

export function OrderDetailsTemplate({ order, owner }: { order: OrderView; owner: boolean }) {
  return (
    <section className="stack" data-testid="order-details">
      {owner ? (
        <p>
          <Link prefetch={false} href="/account/orders">← All orders</Link>
        </p>
      ) : null}
      <h1>
        Order <span data-testid="order-number">#{order.display_id}</span>
      </h1>
      <p className="muted">
        {order.created_at ? `Placed ${date.format(new Date(order.created_at))} · ` : null}
        <OrderStatus order={order} />
      </p>
      {owner ? (
        <p>
          <a
            className="button button--secondary"
            href={`/account/orders/details/${order.id}/invoice`}
            download
            data-testid="invoice-download"
          >
            Download invoice (PDF)
          </a>
        </p>
      ) : null}
      <OrderItems order={order} rateLinks={owner && order.status !== "canceled"} />
      <div className="cart-layout">
        <div className="card stack">
          <h2>Delivery</h2>
          <OrderAddress order={order} />
          {order.shipping_method ? <p className="muted">{order.shipping_method}</p> : null}
        </div>
        <div className="card">
          <OrderTotals order={order} />
        </div>
      </div>
    </section>
  )
}
