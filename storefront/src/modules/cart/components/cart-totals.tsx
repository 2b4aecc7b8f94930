import type { HttpTypes } from "@medusajs/types"
import { Price } from "@/modules/common/components/price"

type Totals = Pick<
  HttpTypes.StoreCart,
  "item_subtotal" | "shipping_subtotal" | "tax_total" | "total" | "discount_total" | "currency_code"
>

/**
 * Medusa's own totals, displayed as they come (the backend does the arithmetic).
 * Prices are net: items and shipping without VAT, then the VAT, then the total.
 */
export function CartTotals({
  cart,
  shippingKnown,
  taxKnown,
  shippingMethod = null,
}: {
  cart: Totals
  shippingKnown: boolean
  taxKnown: boolean
  /** the chosen delivery option's name, shown next to "Shipping" */
  shippingMethod?: string | null
}) {
  const currency = cart.currency_code
  return (
    <dl className="totals" data-testid="cart-totals">
      <div>
        <dt>Subtotal</dt>
        <dd>
          <Price amount={cart.item_subtotal} currencyCode={currency} testId="cart-subtotal" className="" />
        </dd>
      </div>
      {cart.discount_total ? (
        <div>
          <dt>Discount</dt>
          <dd>
            −<Price amount={cart.discount_total} currencyCode={currency} testId="cart-discount" className="" />
          </dd>
        </div>
      ) : null}
      <div>
        <dt data-testid="cart-shipping-label">Shipping{shippingKnown && shippingMethod ? ` (${shippingMethod})` : ""}</dt>
        <dd data-testid="cart-shipping">
          {shippingKnown ? <Price amount={cart.shipping_subtotal} currencyCode={currency} className="" /> : "Chosen at checkout"}
        </dd>
      </div>
      <div>
        <dt>VAT</dt>
        <dd data-testid="cart-tax">
          {taxKnown ? <Price amount={cart.tax_total} currencyCode={currency} className="" /> : "Added at checkout"}
        </dd>
      </div>
      <div className="totals__grand">
        <dt>Total</dt>
        <dd>
          <Price amount={cart.total} currencyCode={currency} testId="cart-total" className="" />
        </dd>
      </div>
    </dl>
  )
}
