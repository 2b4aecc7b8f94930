"use client"

import { useActionState } from "react"
import { setAddresses } from "@/lib/data/cart"
import type { FormState } from "@/lib/util/forms"
import { Field, SelectField } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export type AddressValues = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  country_code: string
  phone: string
}

/** Checkout step 1: contact email and delivery address (prefilled for a logged-in customer). */
export function AddressForm({
  initial,
  countries,
}: {
  initial: AddressValues
  countries: { iso_2: string; name: string }[]
}) {
  const [state, action] = useActionState<FormState, FormData>(setAddresses, {})
  const v = { ...initial, ...(state.values ?? {}) }
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="stack" noValidate>
      <div className="form-grid">
        <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={v.email} error={e.email} required className="span-2" testId="checkout-email" />
        <Field name="first_name" label="First name" autoComplete="given-name" defaultValue={v.first_name} error={e.first_name} required testId="checkout-first-name" />
        <Field name="last_name" label="Last name" autoComplete="family-name" defaultValue={v.last_name} error={e.last_name} required testId="checkout-last-name" />
        <Field name="address_1" label="Street and number" autoComplete="address-line1" defaultValue={v.address_1} error={e.address_1} required className="span-2" testId="checkout-address" />
        <Field name="postal_code" label="Postal code" autoComplete="postal-code" defaultValue={v.postal_code} error={e.postal_code} required testId="checkout-postal-code" />
        <Field name="city" label="City" autoComplete="address-level2" defaultValue={v.city} error={e.city} required testId="checkout-city" />
        <SelectField name="country_code" label="Country" autoComplete="country" defaultValue={v.country_code} error={e.country_code} required testId="checkout-country">
          {countries.map((c) => (
            <option key={c.iso_2} value={c.iso_2}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <Field name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={v.phone} error={e.phone} optional testId="checkout-phone" />
      </div>
      <FormMessage error={state.error} testId="checkout-address-error" />
      <SubmitButton testId="checkout-address-submit" pendingText="Saving…">
        Continue to delivery
      </SubmitButton>
    </form>
  )
}
