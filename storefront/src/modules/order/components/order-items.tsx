import type { OrderView } from "@/lib/util/order-view"
import { Price } from "@/modules/common/components/price"

export function OrderItems({ order }: { order: OrderView }) {
  return (
    <table className="table" data-testid="order-items">
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">Quantity</th>
          <th scope="col">Price</th>
          <th scope="col">Total (excl. VAT)</th>
        </tr>
      </thead>
      <tbody>
        {order.items.map((item) => (
          <tr key={item.id} data-testid="order-item">
            <td>{item.title}</td>
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
