import type { OrderView } from "@/lib/util/order-view"
import { Price } from "@/modules/common/components/price"

export function OrderTotals({ order }: { order: OrderView }) {
  const c = order.currency_code
  return (
    <dl className="totals" data-testid="order-totals">
      <div>
        <dt>Subtotal</dt>
        <dd>
          <Price amount={order.item_subtotal} currencyCode={c} className="" />
        </dd>
      </div>
      <div>
        <dt>Shipping{order.shipping_method ? ` (${order.shipping_method})` : ""}</dt>
        <dd>
          <Price amount={order.shipping_subtotal} currencyCode={c} className="" />
        </dd>
      </div>
      <div className="totals__grand">
        <dt>Total</dt>
        <dd>
          <Price amount={order.total} currencyCode={c} testId="order-total" className="" />
        </dd>
      </div>
      <div>
        <dt>incl. VAT</dt>
        <dd>
          <Price amount={order.tax_total} currencyCode={c} testId="order-tax" className="" />
        </dd>
      </div>
    </dl>
  )
}
