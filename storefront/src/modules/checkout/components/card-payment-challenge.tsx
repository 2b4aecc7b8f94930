"use client"

import { useActionState } from "react"
import type { PaymentState } from "@/lib/data/payment"
import { completeAfterChallenge } from "@/lib/data/payment"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

/**
 * The card issuer's 3-D Secure check. The shopper approves it in the frame
 * (or a new tab), then we place the order; a failed check keeps the cart.
 */
export function CardPaymentChallenge({ url, onCancel }: { url: string; onCancel: () => void }) {
  const [state, action] = useActionState<PaymentState, FormData>(completeAfterChallenge, {})
  return (
    <section className="stack" aria-labelledby="three-ds-title" data-testid="three-ds">
      <h3 id="three-ds-title">Confirm the payment with your bank</h3>
      <p className="muted">
        Your card asks for 3-D Secure. Approve the payment below (or{" "}
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="three-ds-link">
          open the check in a new tab
        </a>
        ), then place your order.
      </p>
      <iframe src={url} title="3-D Secure check" className="challenge-frame" data-testid="three-ds-frame" />
      <form action={action} className="stack">
        <FormMessage error={state.error} testId="payment-error" />
        <div style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
          <SubmitButton testId="three-ds-complete" pendingText="Placing your order…">
            I approved it — place order
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onCancel} data-testid="three-ds-cancel">
            Use another card
          </button>
        </div>
      </form>
    </section>
  )
}
