import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRecorded } from "../lib/events"
import { INTERACTION_RECORDED } from "../lib/events"
import type { RecordViewInput } from "./steps/record-view"
import { recordViewStep } from "./steps/record-view"

/** Records a product view (the caller checked consent) and emits it; a repeat within the window records nothing. */
export const recordProductViewWorkflow = createWorkflow("engagement-record-product-view", (input: RecordViewInput) => {
  const view = recordViewStep(input)
  const events = transform({ view }, ({ view }): InteractionRecorded[] =>
    view
      ? [
          {
            actor: view.actor,
            customer_id: view.customer_id,
            visitor_id: view.visitor_id,
            product_id: view.product_id,
            kind: "view",
            occurred_at: new Date(view.viewed_at).toISOString(),
            source_id: view.id,
          },
        ]
      : []
  )
  emitEventStep({ eventName: INTERACTION_RECORDED, data: events })
  return new WorkflowResponse(view)
})
