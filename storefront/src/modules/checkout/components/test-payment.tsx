"use client"

import { useActionState } from "react"
import type { PaymentState } from "@/lib/data/payment"
import { payWithoutCard } from "@/lib/data/payment"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** Only when no card processor is installed: Medusa's built-in test provider places the order. */
export function TestPayment({ payLabel }: { payLabel: string }) {
  const [state, action] = useActionState<PaymentState, FormData>(payWithoutCard, {})
  return (
    <form action={action} className="stack" data-testid="test-payment">
      <p className="notice notice--info">No card processor is set up: this store takes test orders without payment.</p>
      <FormMessage error={state.error} testId="payment-error" />
      <SubmitButton testId="place-order-button" pendingText="Placing your order…">
        {payLabel}
      </SubmitButton>
    </form>
  )
}
