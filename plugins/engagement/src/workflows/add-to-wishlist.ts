import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRecorded } from "../lib/events"
import { customerActor, INTERACTION_RECORDED } from "../lib/events"
import { addWishlistItemStep } from "./steps/add-wishlist-item"

/** Puts a product on a customer's wishlist (the route checked it is published); emits only a new entry. */
export const addToWishlistWorkflow = createWorkflow(
  "engagement-add-to-wishlist",
  (input: { customer_id: string; product_id: string }) => {
    const result = addWishlistItemStep(input)
    const events = transform({ result }, ({ result }): InteractionRecorded[] =>
      result.created
        ? [
            {
              actor: customerActor(result.item.customer_id),
              customer_id: result.item.customer_id,
              visitor_id: null,
              product_id: result.item.product_id,
              kind: "wishlist",
              occurred_at: new Date(result.item.created_at).toISOString(),
              source_id: result.item.id,
            },
          ]
        : []
    )
    emitEventStep({ eventName: INTERACTION_RECORDED, data: events })
    return new WorkflowResponse(result)
  }
)
