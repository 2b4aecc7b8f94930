import Link from "next/link"
import type { ReactNode } from "react"
import { StepFocus } from "@/modules/checkout/components/step-focus"

/** One numbered step of the checkout: open (its form), done (a summary and "Change"), or not yet reachable. */
export function CheckoutStep({
  id,
  number,
  title,
  state,
  summary,
  children,
}: {
  id: string
  number: number
  title: string
  state: "open" | "done" | "locked"
  summary?: ReactNode
  children?: ReactNode
}) {
  return (
    <section
      className="checkout-step"
      aria-labelledby={`step-${id}-title`}
      aria-disabled={state === "locked" ? true : undefined}
      data-testid={`checkout-step-${id}`}
      data-state={state}
    >
      <div className="checkout-step__head">
        <h2 id={`step-${id}-title`} tabIndex={-1}>
          {number}. {title}
        </h2>
        {state === "done" ? (
          <Link prefetch={false} href={`/checkout?step=${id}`} data-testid={`checkout-edit-${id}`} aria-label={`Change ${title.toLowerCase()}`}>
            Change
          </Link>
        ) : null}
      </div>
      {state === "open" ? <StepFocus headingId={`step-${id}-title`} step={id} /> : null}
      {state === "open" ? children : state === "done" ? summary : null}
    </section>
  )
}
