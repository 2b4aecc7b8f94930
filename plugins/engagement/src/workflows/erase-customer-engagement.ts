import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorErased } from "../lib/events"
import { ACTOR_ERASED, customerActor } from "../lib/events"
import { eraseCustomerEngagementStep } from "./steps/erase-customer-engagement"

/** Account erasure: the customer's views, wishlist, purchase history and consent go, and the recommender forgets them. */
export const eraseCustomerEngagementWorkflow = createWorkflow(
  "engagement-erase-customer",
  (input: { customer_id: string }) => {
    const result = eraseCustomerEngagementStep(input)
    const event = transform({ input }, ({ input }): ActorErased => ({ actor: customerActor(input.customer_id) }))
    emitEventStep({ eventName: ACTOR_ERASED, data: event })
    return new WorkflowResponse(result)
  }
)
