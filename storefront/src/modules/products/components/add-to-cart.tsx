"use client"

import { useActionState } from "react"
import { addToCart } from "@/lib/data/cart"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

const MAX_PER_ORDER = 99

/** Quantity and "Add to cart"; a sold-out product gets no form at all. */
export function AddToCart({ variantId, stock }: { variantId: string | null; stock: number }) {
  const [state, action] = useActionState<FormState, FormData>(addToCart, {})
  if (stock <= 0 || !variantId) {
    return (
      <div className="stack">
        <p className="notice notice--error" data-testid="sold-out-notice">
          Sold out — this product cannot be ordered right now.
        </p>
        <button type="button" className="button" disabled aria-disabled="true" data-testid="add-to-cart-button">
          Sold out
        </button>
      </div>
    )
  }
  return (
    <form action={action} className="stack">
      <input type="hidden" name="variant_id" value={variantId} />
      <div className="buy-box">
        <Field
          name="quantity"
          label="Quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.min(stock, MAX_PER_ORDER)}
          defaultValue={1}
          required
          testId="quantity-input"
        />
        <SubmitButton testId="add-to-cart-button" pendingText="Adding…">
          Add to cart
        </SubmitButton>
      </div>
      <div aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId="add-to-cart-message" />
      </div>
    </form>
  )
}
