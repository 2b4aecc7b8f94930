"use client"

import { useActionState, useState } from "react"
import type { PaymentState } from "@/lib/data/payment"
import { payWithCard } from "@/lib/data/payment"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { CardPaymentChallenge } from "@/modules/checkout/components/card-payment-challenge"
import { CardPaymentTestCards } from "@/modules/checkout/components/card-payment-test-cards"

/** Card entry for the mock card processor; a decline is shown here and the cart stays as it was. */
export function CardPayment({ payLabel }: { payLabel: string }) {
  const [state, action] = useActionState<PaymentState, FormData>(payWithCard, {})
  const [dismissed, setDismissed] = useState<string | null>(null)
  const e = state.fieldErrors ?? {}
  if (state.challengeUrl && dismissed !== state.challengeUrl) {
    return <CardPaymentChallenge url={state.challengeUrl} onCancel={() => setDismissed(state.challengeUrl ?? null)} />
  }
  return (
    <form action={action} className="stack" noValidate data-testid="card-payment">
      <div className="form-grid">
        <Field name="card_name" label="Name on card" autoComplete="cc-name" error={e.card_name} required className="span-2" testId="card-name" />
        <Field
          name="card_number"
          label="Card number"
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="4242 4242 4242 4242"
          error={e.card_number}
          required
          className="span-2"
          testId="card-number"
        />
        <Field name="card_expiry" label="Expiry (MM/YY)" autoComplete="cc-exp" placeholder="12/30" error={e.card_expiry} required testId="card-expiry" />
        <Field name="card_cvc" label="Security code (CVC)" inputMode="numeric" autoComplete="cc-csc" placeholder="123" error={e.card_cvc} required testId="card-cvc" />
      </div>
      <CardPaymentTestCards />
      <FormMessage error={state.error} testId="payment-error" />
      <SubmitButton testId="card-pay-button" pendingText="Paying…">
        {payLabel}
      </SubmitButton>
    </form>
  )
}
