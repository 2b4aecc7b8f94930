import type { OrderView } from "@/lib/util/order-view"
import Link from "next/link"
import { Price } from "@/modules/common/components/price"

/** The order's lines; with `rateLinks` (the customer's own order page) each product links to its review form. */
export function OrderItems({ order, rateLinks = false }: { order: OrderView; rateLinks?: boolean }) {
  return (
    <table className="table" data-testid="order-items">
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">Quantity</th>
          <th scope="col">Price</th>
          <th scope="col">Total (incl. VAT)</th>
        </tr>
      </thead>
      <tbody>
        {order.items.map((item) => (
          <tr key={item.id} data-testid="order-item">
            <td>
              {item.title}
              {rateLinks && item.product_id ? (
                <>
                  {" "}
                  <Link
                    prefetch={false}
                    href={`/products/${encodeURIComponent(item.product_id)}?review=1#write-review`}
                    className="muted"
                    data-testid="order-item-rate"
                  >
                    Rate your purchase
                  </Link>
                </>
              ) : null}
            </td>
            <td>{item.quantity}</td>
            <td>
              <Price amount={item.unit_price} currencyCode={order.currency_code} className="" />
            </td>
            <td>
              <Price amount={item.subtotal} currencyCode={order.currency_code} className="" />
            </td>
          </tr>
        ))}
        {order.more_items > 0 ? (
          <tr>
            <td colSpan={4} className="muted">
              and {order.more_items} more item{order.more_items === 1 ? "" : "s"} (see your confirmation email)
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  )
}
