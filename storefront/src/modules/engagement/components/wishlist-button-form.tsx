"use client"

import { useActionState } from "react"
import { toggleWishlist } from "@/lib/data/wishlist-actions"
import type { FormState } from "@/lib/util/forms"

/** The heart: saves the product to the wishlist or takes it off. */
export function WishlistButtonForm({
  productId,
  productName,
  saved,
  returnTo,
  testId,
}: {
  productId: string
  productName: string
  saved: boolean
  returnTo: string
  testId: string
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(toggleWishlist, {})
  // After a successful toggle the page re-renders with the new state; until then show the intended one.
  const label = saved ? `Remove ${productName} from your wishlist` : `Save ${productName} to your wishlist`
  return (
    <form action={action} className="wishlist-button">
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="saved" value={String(saved)} />
      <input type="hidden" name="return_to" value={returnTo} />
      <button
        type="submit"
        className="wishlist-button__heart"
        aria-pressed={saved}
        aria-label={label}
        title={label}
        disabled={pending}
        data-testid={testId}
        data-saved={saved ? "true" : "false"}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M12 21s-7.5-4.6-9.5-9.2C1.2 8.6 3.3 5 6.8 5c2 0 3.6 1.1 4.4 2.6h1.6C13.6 6.1 15.2 5 17.2 5c3.5 0 5.6 3.6 4.3 6.8C19.5 16.4 12 21 12 21z"
            fill={saved ? "currentColor" : "none"}
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
      </button>
      {state.error ? (
        <span role="alert" className="wishlist-button__error">
          {state.error}
        </span>
      ) : null}
    </form>
  )
}
