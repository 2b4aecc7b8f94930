import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "@/lib/util/money"
import type { AddressValues } from "@/modules/checkout/components/address-form"
import { AddressForm } from "@/modules/checkout/components/address-form"
import { CardPayment } from "@/modules/checkout/components/card-payment"
import { CheckoutStep } from "@/modules/checkout/components/checkout-step"
import { OrderSummary } from "@/modules/checkout/components/order-summary"
import type { ShippingChoice } from "@/modules/checkout/components/shipping-options"
import { ShippingOptions } from "@/modules/checkout/components/shipping-options"
import { TestPayment } from "@/modules/checkout/components/test-payment"

export type CheckoutStepId = "address" | "delivery" | "payment"

export function CheckoutTemplate({
  cart,
  step,
  address,
  countries,
  shippingOptions,
  payment,
}: {
  cart: HttpTypes.StoreCart
  step: CheckoutStepId
  address: AddressValues
  countries: { iso_2: string; name: string }[]
  shippingOptions: ShippingChoice[]
  payment: "card" | "test" | "none"
}) {
  const addressDone = step !== "address"
  const deliveryDone = step === "payment"
  const shipping = cart.shipping_address
  const method = cart.shipping_methods?.[0]
  const payLabel = `Pay ${formatMoney(cart.total, cart.currency_code)}`
  return (
    <section data-testid="checkout-page">
      <h1>Checkout</h1>
      <div className="checkout-layout">
        <div>
          <CheckoutStep
            id="address"
            number={1}
            title="Address"
            state={addressDone ? "done" : "open"}
            summary={
              <p data-testid="checkout-address-summary">
                {cart.email}
                <br />
                {shipping?.first_name} {shipping?.last_name}, {shipping?.address_1}, {shipping?.postal_code}{" "}
                {shipping?.city}, {shipping?.country_code?.toUpperCase()}
              </p>
            }
          >
            <AddressForm initial={address} countries={countries} />
          </CheckoutStep>
          <CheckoutStep
            id="delivery"
            number={2}
            title="Delivery"
            state={deliveryDone ? "done" : step === "delivery" ? "open" : "locked"}
            summary={
              <p data-testid="checkout-delivery-summary">
                {method?.name} — {formatMoney(method?.total ?? method?.amount, cart.currency_code)} <span className="muted">incl. VAT</span>
              </p>
            }
          >
            <ShippingOptions
              options={shippingOptions}
              selectedId={method?.shipping_option_id ?? null}
              currencyCode={cart.currency_code}
            />
          </CheckoutStep>
          <CheckoutStep id="payment" number={3} title="Payment" state={step === "payment" ? "open" : "locked"}>
            {payment === "card" ? (
              <CardPayment payLabel={payLabel} />
            ) : payment === "test" ? (
              <TestPayment payLabel={payLabel} />
            ) : (
              <p className="notice notice--error">This store has no payment method set up for your region.</p>
            )}
          </CheckoutStep>
        </div>
        <OrderSummary cart={cart} />
      </div>
    </section>
  )
}
