"use client"

import { useActionState } from "react"
import { voteHelpful } from "@/lib/data/reviews"
import type { FormState } from "@/lib/util/forms"

/** "Helpful (n)": one vote per logged-in shopper. */
export function HelpfulButton(props: {
  reviewId: string
  productId: string
  count: number
  voted: boolean
  loggedIn: boolean
  own: boolean
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(voteHelpful, {})
  const voted = props.voted || state.ok === true
  return (
    <form action={action} className="helpful">
      <input type="hidden" name="review_id" value={props.reviewId} />
      <input type="hidden" name="product_id" value={props.productId} />
      <button type="submit" className="button button--small" disabled={pending || voted || props.own || !props.loggedIn} data-testid="review-helpful">
        Helpful ({props.count})
      </button>
      {!props.loggedIn ? <span className="muted"> Log in to vote.</span> : null}
      {state.error ? (
        <span className="field__error" role="alert">
          {" "}
          {state.error}
        </span>
      ) : null}
    </form>
  )
}
