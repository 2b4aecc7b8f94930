"use client"

import { useActionState } from "react"
import { addToCart } from "@/lib/data/cart"
import type { FormState } from "@/lib/util/forms"
import { FormMessage } from "@/modules/common/components/form-message"

/** "Buy again": the same variant, once more, into the cart. */
export function BuyAgainButton({ variantId, testId }: { variantId: string; testId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addToCart, {})
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="variant_id" value={variantId} />
      <input type="hidden" name="quantity" value="1" />
      <button type="submit" className="button button--secondary button--small" disabled={pending} data-testid={testId}>
        {pending ? "Adding…" : "Buy again"}
      </button>
      <span aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId={`${testId}-message`} />
      </span>
    </form>
  )
}
