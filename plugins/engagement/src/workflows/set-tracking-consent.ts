import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorErased } from "../lib/events"
import { ACTOR_ERASED } from "../lib/events"
import type { ActorRef } from "../modules/engagement/service"
import { actorKey } from "../modules/engagement/service"
import { deleteActorViewsStep } from "./steps/delete-actor-views"
import { setConsentStep } from "./steps/set-consent"

export type SetTrackingConsentInput = ActorRef & { granted: boolean }

/**
 * Stores a consent choice for the customer and/or the visitor of the request.
 * Withdrawing it deletes their view history and tells the recommender to
 * forget them (engagement.actor.erased).
 */
export const setTrackingConsentWorkflow = createWorkflow(
  "engagement-set-tracking-consent",
  (input: SetTrackingConsentInput) => {
    const actors = transform({ input }, ({ input }): ActorRef[] => [
      ...(input.customer_id ? [{ customer_id: input.customer_id, visitor_id: null }] : []),
      ...(input.visitor_id ? [{ customer_id: null, visitor_id: input.visitor_id }] : []),
    ])
    const consents = setConsentStep({ actors, granted: input.granted })
    when({ input }, ({ input }) => !input.granted).then(() => {
      deleteActorViewsStep({ actors })
      const events = transform({ actors }, ({ actors }): ActorErased[] => actors.map((a) => ({ actor: actorKey(a) })))
      emitEventStep({ eventName: ACTOR_ERASED, data: events })
    })
    return new WorkflowResponse(consents)
  }
)
