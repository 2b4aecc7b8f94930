import type { HttpTypes } from "@medusajs/types"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { Price } from "@/modules/common/components/price"

export function OrderSummary({ cart }: { cart: HttpTypes.StoreCart }) {
  return (
    <aside className="card stack" aria-label="Order summary" data-testid="checkout-summary">
      <h2>Your order</h2>
      <ul className="line-items">
        {(cart.items ?? []).map((item) => (
          <li key={item.id} style={{ display: "flex", justifyContent: "space-between", gap: "1rem" }}>
            <span>
              {item.quantity} × {item.product_title ?? item.title}
            </span>
            <Price amount={item.total ?? item.subtotal} currencyCode={cart.currency_code} className="" />
          </li>
        ))}
      </ul>
      <CartTotals
        cart={cart}
        shippingKnown={!!cart.shipping_methods?.length}
        shippingMethod={cart.shipping_methods?.[0]?.name}
        taxKnown={!!cart.shipping_address?.country_code}
      />
    </aside>
  )
}
