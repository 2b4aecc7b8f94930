import type { OrderTracking } from "@/lib/data/orders"
import type { SupportRequest } from "@/lib/data/support"
import type { OrderView } from "@/lib/util/order-view"
import Link from "next/link"
import { OrderStatus } from "@/modules/account/components/order-status"
import { OrderAddress } from "@/modules/order/components/order-address"
import { OrderItems } from "@/modules/order/components/order-items"
import { OrderTimeline } from "@/modules/order/components/order-timeline"
import { OrderTotals } from "@/modules/order/components/order-totals"
import { STATUS_LABELS } from "@/modules/support/labels"

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "long", timeStyle: "short" })

export function OrderDetailsTemplate({
  order,
  owner,
  tracking,
  supportHref,
  supportRequests = [],
}: {
  order: OrderView
  owner: boolean
  tracking: OrderTracking | null
  /** Where to open a support request about this order. */
  supportHref: string
  /** The customer's requests about this order. */
  supportRequests?: SupportRequest[]
}) {
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
      {tracking ? <OrderTimeline tracking={tracking} currencyCode={order.currency_code} /> : null}
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
      <section className="card stack" aria-labelledby="order-help-title" data-testid="order-support">
        <h2 id="order-help-title">Need help with this order?</h2>
        {supportRequests.length > 0 ? (
          <ul>
            {supportRequests.map((r) => (
              <li key={r.id} data-testid="order-support-request">
                <Link prefetch={false} href={`/account/support/${r.id}`}>
                  {r.subject}
                </Link>{" "}
                <span className="muted">· {STATUS_LABELS[r.status] ?? r.status}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link prefetch={false} className="button button--secondary" href={supportHref} data-testid="order-support-open">
            Ask about this order
          </Link>
        </p>
      </section>
    </section>
  )
}
