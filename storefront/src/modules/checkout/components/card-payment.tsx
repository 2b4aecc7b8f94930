"use client"

import type { FormEvent } from "react"
import { startTransition, useActionState, useEffect, useRef, useState } from "react"
import type { PaymentState } from "@/lib/data/payment"
import { payWithCard } from "@/lib/data/payment"
import { formatCardNumber, formatExpiry } from "@/lib/util/payment"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { CardPaymentChallenge } from "@/modules/checkout/components/card-payment-challenge"
import { CardPaymentTestCards } from "@/modules/checkout/components/card-payment-test-cards"

type CardValues = { card_name: string; card_number: string; card_expiry: string; card_cvc: string }
const FIELDS: (keyof CardValues)[] = ["card_name", "card_number", "card_expiry", "card_cvc"]
const EMPTY: CardValues = { card_name: "", card_number: "", card_expiry: "", card_cvc: "" }

/**
 * Card entry for the mock card processor; a decline is shown here and the cart stays as it was.
 * The typed card stays in this component's state only (never a cookie, never the server's
 * answer), so it survives a decline or a wrong field: the form is submitted by hand, since
 * React resets a form after its action runs.
 */
export function CardPayment({ payLabel }: { payLabel: string }) {
  const [state, action, pending] = useActionState<PaymentState, FormData>(payWithCard, {})
  const [values, setValues] = useState<CardValues>(EMPTY)
  const [dismissed, setDismissed] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const e = state.fieldErrors ?? {}

  // After an answer, focus the first field in error (or the message), where the shopper acts next.
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const first = FIELDS.find((name) => state.fieldErrors?.[name])
    const target = first
      ? form.querySelector<HTMLElement>(`[name="${first}"]`)
      : state.error
        ? form.querySelector<HTMLElement>('[data-testid="payment-error"]')
        : null
    target?.focus()
  }, [state])

  const submit = (values: CardValues) => {
    const data = new FormData()
    for (const name of FIELDS) data.set(name, values[name])
    startTransition(() => action(data))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    submit(values)
  }
  const set = (name: keyof CardValues, value: string) => setValues((v) => ({ ...v, [name]: value }))

  if (state.challengeUrl && dismissed !== state.challengeUrl) {
    return (
      <CardPaymentChallenge
        key={state.challengeUrl}
        url={state.challengeUrl}
        onOtherCard={() => setDismissed(state.challengeUrl ?? null)}
        onRetry={() => submit(values)}
        retrying={pending}
      />
    )
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="stack" noValidate data-testid="card-payment">
      <div className="form-grid">
        <Field
          name="card_name"
          label="Name on card"
          autoComplete="cc-name"
          error={e.card_name}
          required
          className="span-2"
          testId="card-name"
          value={values.card_name}
          onChange={(ev) => set("card_name", ev.target.value)}
        />
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
          value={values.card_number}
          onChange={(ev) => set("card_number", formatCardNumber(ev.target.value))}
        />
        <Field
          name="card_expiry"
          label="Expiry (MM/YY)"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="12/30"
          error={e.card_expiry}
          required
          testId="card-expiry"
          value={values.card_expiry}
          onChange={(ev) => set("card_expiry", formatExpiry(ev.target.value))}
        />
        <Field
          name="card_cvc"
          label="Security code (CVC)"
          inputMode="numeric"
          autoComplete="cc-csc"
          placeholder="123"
          maxLength={4}
          error={e.card_cvc}
          required
          testId="card-cvc"
          value={values.card_cvc}
          onChange={(ev) => set("card_cvc", ev.target.value.replace(/\D/g, "").slice(0, 4))}
        />
      </div>
      <CardPaymentTestCards />
      <FormMessage error={state.error} testId="payment-error" focusable />
      <button type="submit" className="button" data-testid="card-pay-button" disabled={pending} aria-busy={pending || undefined}>
        {pending ? "Paying…" : payLabel}
      </button>
    </form>
  )
}
