"use client"

import { useActionState } from "react"
import { setShippingMethod } from "@/lib/data/cart"
import type { FormState } from "@/lib/util/forms"
import { FormMessage } from "@/modules/common/components/form-message"
import { Price } from "@/modules/common/components/price"
import { SubmitButton } from "@/modules/common/components/submit-button"

export type ShippingChoice = { id: string; name: string; amount: number; description: string | null }

/** Checkout step 2: one of the shipping options Medusa offers for this cart. */
export function ShippingOptions({
  options,
  selectedId,
  currencyCode,
}: {
  options: ShippingChoice[]
  selectedId: string | null
  currencyCode: string
}) {
  const [state, action] = useActionState<FormState, FormData>(setShippingMethod, {})
  if (!options.length) {
    return <p className="notice notice--error">We cannot deliver to this address. Please choose another country.</p>
  }
  return (
    <form action={action}>
      <fieldset className="option-list">
        <legend className="visually-hidden">Delivery option</legend>
        {options.map((option, i) => (
          <label key={option.id} className="option" data-testid="shipping-option" data-name={option.name}>
            <input
              type="radio"
              name="shipping_option_id"
              value={option.id}
              defaultChecked={selectedId ? selectedId === option.id : i === 0}
              required
            />
            <span>
              {option.name}
              {option.description ? <span className="muted"> — {option.description}</span> : null}
            </span>
            <span className="option__price">
              <Price amount={option.amount} currencyCode={currencyCode} className="" />
            </span>
          </label>
        ))}
      </fieldset>
      <FormMessage error={state.error} testId="checkout-shipping-error" />
      <SubmitButton testId="checkout-shipping-submit" pendingText="Saving…">
        Continue to payment
      </SubmitButton>
    </form>
  )
}
