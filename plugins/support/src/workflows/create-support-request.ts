import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { OpenSupportRequestInput } from "../modules/support/service"
import { createSupportRequestStep } from "./steps/create-support-request"

export const SUPPORT_REQUEST_CREATED = "support_request.created"

/**
 * Opens a support request with its first message. The caller has checked
 * that `order_id`, if any, is the requester's own order (the store route does).
 */
export const createSupportRequestWorkflow = createWorkflow(
  "create-support-request",
  (input: OpenSupportRequestInput) => {
    const request = createSupportRequestStep(input)
    emitEventStep({ eventName: SUPPORT_REQUEST_CREATED, data: { id: request.id } })
    return new WorkflowResponse(request)
  }
)
