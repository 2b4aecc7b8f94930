import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorMerged } from "../lib/events"
import { ACTOR_MERGED, customerActor, visitorActor } from "../lib/events"
import { mergeVisitorStep } from "./steps/merge-visitor"

/** After login: the anonymous visitor's history joins the customer's. */
export const mergeVisitorHistoryWorkflow = createWorkflow(
  "engagement-merge-visitor-history",
  (input: { visitor_id: string; customer_id: string }) => {
    const result = mergeVisitorStep(input)
    const event = transform({ input }, ({ input }): ActorMerged => ({
      from: visitorActor(input.visitor_id),
      to: customerActor(input.customer_id),
    }))
    emitEventStep({ eventName: ACTOR_MERGED, data: event })
    return new WorkflowResponse(result)
  }
)
