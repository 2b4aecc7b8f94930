import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SupportActor } from "../lib/transitions"
import type { SupportStatus } from "../modules/support/models/support-request"
import { updateSupportRequestStep } from "./steps/update-support-request"
import { validateSupportStatusChangeStep } from "./steps/validate-support-change"

export const SUPPORT_REQUEST_STATUS_CHANGED = "support_request.status_changed"

export type ChangeSupportRequestStatusInput = { request_id: string; actor: SupportActor; status: SupportStatus }

/** Closes, reopens or parks a request, within the transitions its actor may make. */
export const changeSupportRequestStatusWorkflow = createWorkflow(
  "change-support-request-status",
  (input: ChangeSupportRequestStatusInput) => {
    const change = validateSupportStatusChangeStep(input)
    const updated = updateSupportRequestStep(change)
    const eventData = transform({ input }, ({ input }) => ({ id: input.request_id, status: input.status, actor: input.actor }))
    emitEventStep({ eventName: SUPPORT_REQUEST_STATUS_CHANGED, data: eventData })
    return new WorkflowResponse(updated)
  }
)
