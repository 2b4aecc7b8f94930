"use client"

import { useActionState } from "react"
import { moveWishlistItemToCart, toggleWishlist } from "@/lib/data/wishlist-actions"
import type { FormState } from "@/lib/util/forms"
import { FormMessage } from "@/modules/common/components/form-message"

/** "Move to cart" (with a variant choice when there are several) and "Remove" for one wishlist entry. */
export function WishlistItemActions({
  productId,
  variants,
}: {
  productId: string
  variants: { id: string; title: string | null }[]
}) {
  const [moved, moveAction, moving] = useActionState<FormState, FormData>(moveWishlistItemToCart, {})
  const [removed, removeAction, removing] = useActionState<FormState, FormData>(toggleWishlist, {})
  return (
    <div className="stack stack--tight">
      <form action={moveAction} className="inline-form">
        <input type="hidden" name="product_id" value={productId} />
        {variants.length > 1 ? (
          <select name="variant_id" aria-label="Variant" data-testid="wishlist-variant">
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title ?? v.id}
              </option>
            ))}
          </select>
        ) : null}
        <button type="submit" className="button button--small" disabled={moving || variants.length === 0} data-testid="wishlist-move-to-cart">
          {moving ? "Moving…" : "Move to cart"}
        </button>
      </form>
      <form action={removeAction} className="inline-form">
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="saved" value="true" />
        <input type="hidden" name="return_to" value="/account/wishlist" />
        <button type="submit" className="link-button" disabled={removing} data-testid="wishlist-remove">
          Remove
        </button>
      </form>
      <span aria-live="polite">
        <FormMessage error={moved.error ?? removed.error} message={moved.message} testId="wishlist-item-message" />
      </span>
    </div>
  )
}
