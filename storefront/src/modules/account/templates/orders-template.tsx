import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { OrderStatus } from "@/modules/account/components/order-status"
import { Price } from "@/modules/common/components/price"

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "medium" })

export function OrdersTemplate({ orders }: { orders: HttpTypes.StoreOrder[] }) {
  return (
    <section className="stack">
      <h1>Your orders</h1>
      {orders.length === 0 ? (
        <p className="notice notice--info" data-testid="orders-empty">
          You have not ordered anything yet. <Link prefetch={false} href="/products">Start shopping</Link>.
        </p>
      ) : (
        <table className="table" data-testid="orders-list">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Total</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} data-testid="order-row" data-order-id={order.id}>
                <td>
                  <Link prefetch={false} href={`/account/orders/details/${order.id}`} data-testid="order-link">
                    #{order.display_id}
                  </Link>
                </td>
                <td>{date.format(new Date(order.created_at))}</td>
                <td>
                  <OrderStatus order={order} />
                </td>
                <td>
                  <Price amount={order.total} currencyCode={order.currency_code} className="" />
                </td>
                <td>
                  <a href={`/account/orders/details/${order.id}/invoice`} download data-testid="invoice-download">
                    Invoice (PDF)
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
