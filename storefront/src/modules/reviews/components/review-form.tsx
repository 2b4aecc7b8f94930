"use client"

import { useActionState } from "react"
import type { OwnReview } from "@/lib/data/reviews"
import { submitReview } from "@/lib/data/reviews"
import type { FormState } from "@/lib/util/forms"

/** Write (or edit) the shopper's review. Text is sent and shown as plain text. */
export function ReviewForm({ productId, existing }: { productId: string; existing: OwnReview | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(submitReview, {})
  const values = state.values ?? {
    rating: existing ? String(existing.rating) : "",
    title: existing?.title ?? "",
    body: existing?.body ?? "",
  }
  return (
    <form action={action} className="stack review-form" data-testid="review-form">
      <h3>{existing ? "Edit your review" : "Write a review"}</h3>
      {existing ? (
        <p className="muted" data-testid="review-own-status">
          Your review is {existing.status === "approved" ? "published" : existing.status === "pending" ? "waiting for approval" : "not published"}.
          Editing it sends it to approval again.
        </p>
      ) : null}
      <input type="hidden" name="product_id" value={productId} />
      <fieldset className="rating-input">
        <legend>Your rating</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name="rating" value={n} defaultChecked={values.rating === String(n)} required data-testid={`review-rating-${n}`} />{" "}
            {n} ★
          </label>
        ))}
        {state.fieldErrors?.rating ? <p className="field__error">{state.fieldErrors.rating}</p> : null}
      </fieldset>
      <label className="field">
        <span>Title</span>
        <input name="title" maxLength={120} required defaultValue={values.title} data-testid="review-title" />
        {state.fieldErrors?.title ? <span className="field__error">{state.fieldErrors.title}</span> : null}
      </label>
      <label className="field">
        <span>Your review (optional)</span>
        <textarea name="body" maxLength={2000} rows={5} defaultValue={values.body} data-testid="review-body" />
        {state.fieldErrors?.body ? <span className="field__error">{state.fieldErrors.body}</span> : null}
      </label>
      {state.error ? (
        <p className="notice notice--error" role="alert" data-testid="review-form-error">
          {state.error}
        </p>
      ) : null}
      {state.ok ? (
        <p className="notice notice--ok" role="status" data-testid="review-form-success">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending} data-testid="review-submit">
        {existing ? "Update review" : "Submit review"}
      </button>
    </form>
  )
}
