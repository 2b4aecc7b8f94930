import { addToCartWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRemoved } from "../lib/events"
import { customerActor, INTERACTION_REMOVED } from "../lib/events"
import { removeWishlistItemStep } from "./steps/remove-wishlist-item"
import type { WishlistItemRef } from "./remove-from-wishlist"

/**
 * Adds the wishlist item's variant to the cart and takes it off the wishlist,
 * both or neither (the route checked item, cart and variant).
 */
export const moveWishlistItemToCartWorkflow = createWorkflow(
  "engagement-move-wishlist-item-to-cart",
  (input: { item: WishlistItemRef; cart_id: string; variant_id: string; quantity: number }) => {
    const cartInput = transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      items: [{ variant_id: input.variant_id, quantity: input.quantity }],
    }))
    addToCartWorkflow.runAsStep({ input: cartInput })
    const removeInput = transform({ input }, ({ input }) => ({ id: input.item.id }))
    removeWishlistItemStep(removeInput)
    const event = transform({ input }, ({ input }): InteractionRemoved => ({
      actor: customerActor(input.item.customer_id),
      customer_id: input.item.customer_id,
      visitor_id: null,
      product_id: input.item.product_id,
      kind: "wishlist",
      source_id: input.item.id,
    }))
    emitEventStep({ eventName: INTERACTION_REMOVED, data: event })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
