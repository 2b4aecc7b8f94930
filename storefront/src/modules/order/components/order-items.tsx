import type { HttpTypes } from "@medusajs/types"
import { Price } from "@/modules/common/components/price"

export function OrderItems({ order }: { order: HttpTypes.StoreOrder }) {
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
        {(order.items ?? []).map((item) => (
          <tr key={item.id} data-testid="order-item">
            <td>{item.product_title ?? item.title}</td>
            <td>{item.quantity}</td>
            <td>
              <Price amount={item.unit_price} currencyCode={order.currency_code} className="" />
            </td>
            <td>
              <Price amount={item.subtotal ?? item.total} currencyCode={order.currency_code} className="" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
