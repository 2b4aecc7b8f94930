import type { HttpTypes } from "@medusajs/types"
import { Price } from "@/modules/common/components/price"

type Totals = Pick<
  HttpTypes.StoreCart,
  "original_item_total" | "shipping_total" | "tax_total" | "total" | "discount_total" | "currency_code"
>

/**
 * Medusa's own totals, displayed as they come (the backend does the arithmetic).
 * Prices are gross, as a consumer shop shows them: items and shipping with VAT,
 * the total, and the VAT it contains.
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
          <Price amount={cart.original_item_total} currencyCode={currency} testId="cart-subtotal" className="" />
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
          {shippingKnown ? <Price amount={cart.shipping_total} currencyCode={currency} className="" /> : "Plus shipping, chosen at checkout"}
        </dd>
      </div>
      <div className="totals__grand">
        <dt>Total</dt>
        <dd>
          <Price amount={cart.total} currencyCode={currency} testId="cart-total" className="" />
        </dd>
      </div>
      <div>
        <dt>incl. VAT</dt>
        <dd data-testid="cart-tax">
          {taxKnown ? <Price amount={cart.tax_total} currencyCode={currency} className="" /> : "Shown once the address is known"}
        </dd>
      </div>
    </dl>
  )
}
