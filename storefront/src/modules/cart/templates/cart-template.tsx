import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItem } from "@/modules/cart/components/line-item"

export function CartTemplate({ cart }: { cart: HttpTypes.StoreCart | null }) {
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  if (!cart || !items.length) {
    return (
      <section className="stack" data-testid="cart-page">
        <h1>Your cart</h1>
        <p className="notice notice--info" data-testid="cart-empty">
          Your cart is empty.
        </p>
        <p>
          <Link prefetch={false} href="/products" className="button">
            Browse the shop
          </Link>
        </p>
      </section>
    )
  }
  return (
    <section data-testid="cart-page">
      <h1>Your cart</h1>
      <div className="cart-layout">
        <ul className="line-items" aria-label="Items in your cart">
          {items.map((item, i) => (
            <LineItem key={item.id} item={item} currencyCode={cart.currency_code} preload={i === 0} />
          ))}
        </ul>
        <aside className="card stack" aria-label="Order summary">
          <h2>Summary</h2>
          <CartTotals
            cart={cart}
            shippingKnown={!!cart.shipping_methods?.length}
            shippingMethod={cart.shipping_methods?.[0]?.name}
            taxKnown={!!cart.shipping_address?.country_code}
          />
          <Link prefetch={false} href="/checkout" className="button button--wide" data-testid="checkout-button">
            Continue to checkout
          </Link>
          <Link prefetch={false} href="/products" className="button button--secondary button--wide">
            Keep shopping
          </Link>
        </aside>
      </div>
    </section>
  )
}
