import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRemoved } from "../lib/events"
import { customerActor, INTERACTION_REMOVED } from "../lib/events"
import { removeWishlistItemStep } from "./steps/remove-wishlist-item"

export type WishlistItemRef = { id: string; customer_id: string; product_id: string }

/** Takes an item (the route found it on the caller's own wishlist) off the wishlist. */
export const removeFromWishlistWorkflow = createWorkflow("engagement-remove-from-wishlist", (input: WishlistItemRef) => {
  removeWishlistItemStep({ id: input.id })
  const event = transform({ input }, ({ input }): InteractionRemoved => ({
    actor: customerActor(input.customer_id),
    customer_id: input.customer_id,
    visitor_id: null,
    product_id: input.product_id,
    kind: "wishlist",
    source_id: input.id,
  }))
  emitEventStep({ eventName: INTERACTION_REMOVED, data: event })
  return new WorkflowResponse({ id: input.id })
})
