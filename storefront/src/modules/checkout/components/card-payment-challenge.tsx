"use client"

import { startTransition, useActionState, useEffect, useRef, useState } from "react"
import type { ChallengeStatus, PaymentState } from "@/lib/data/payment"
import { completeAfterChallenge, readChallengeStatus } from "@/lib/data/payment"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

// How often the checkout asks whether the bank's check was answered, and for how long.
const POLL_MS = 2000
const POLL_FOR_MS = 15 * 60 * 1000

/**
 * The card issuer's 3-D Secure check. The shopper answers it in the frame (or a
 * new tab); once approved the order is placed by itself. A failed check keeps the
 * cart and offers to try again or use another card.
 */
export function CardPaymentChallenge({
  url,
  onOtherCard,
  onRetry,
  retrying,
}: {
  url: string
  onOtherCard: () => void
  onRetry: () => void
  retrying: boolean
}) {
  const [state, action, placing] = useActionState<PaymentState, FormData>(completeAfterChallenge, {})
  const [polled, setPolled] = useState<ChallengeStatus>("pending")
  const placed = useRef(false)
  const status = state.challengeStatus === "failed" || polled === "failed" ? "failed" : polled
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [status === "failed"])

  useEffect(() => {
    if (polled !== "pending") return
    const started = Date.now()
    const timer = setInterval(async () => {
      if (Date.now() - started > POLL_FOR_MS) return clearInterval(timer)
      const next = await readChallengeStatus().catch(() => "pending" as const)
      if (next !== "pending") {
        clearInterval(timer)
        setPolled(next)
      }
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [polled])

  // Approved: place the order without asking the shopper to click again.
  useEffect(() => {
    if (polled === "approved" && !placed.current) {
      placed.current = true
      startTransition(() => action(new FormData()))
    }
  }, [polled, action])

  if (status === "failed") {
    return (
      <section className="stack" aria-labelledby="three-ds-title" data-testid="three-ds" data-status="failed">
        <h3 id="three-ds-title" ref={headingRef} tabIndex={-1}>
          Your bank did not confirm the payment
        </h3>
        <p role="alert" className="notice notice--error" data-testid="payment-error">
          The 3-D Secure check was not passed. No money was taken; your cart is as it was.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onRetry} disabled={retrying} data-testid="three-ds-retry">
            {retrying ? "Starting the check…" : "Try again with this card"}
          </button>
          <button type="button" className="button button--secondary" onClick={onOtherCard} data-testid="three-ds-cancel">
            Use another card
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="stack" aria-labelledby="three-ds-title" data-testid="three-ds" data-status={status}>
      <h3 id="three-ds-title" ref={headingRef} tabIndex={-1}>
        Confirm the payment with your bank
      </h3>
      <p className="muted">
        Your card asks for 3-D Secure. Approve the payment below (or{" "}
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="three-ds-link">
          open the check in a new tab
        </a>
        ); your order is placed as soon as your bank confirms it.
      </p>
      <iframe src={url} title="3-D Secure check" className="challenge-frame" data-testid="three-ds-frame" />
      <form action={action} className="stack">
        <FormMessage error={state.error} testId="payment-error" />
        {status === "approved" || placing ? (
          <p role="status" className="notice notice--ok" data-testid="three-ds-placing">
            Your bank confirmed the payment. Placing your order…
          </p>
        ) : null}
        <div className="button-row">
          <SubmitButton testId="three-ds-complete" pendingText="Placing your order…">
            I approved it — place order
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onOtherCard} data-testid="three-ds-cancel">
            Use another card
          </button>
        </div>
      </form>
    </section>
  )
}
