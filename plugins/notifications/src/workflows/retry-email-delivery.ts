import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverEmailStep } from "./steps/deliver-email"

/** One more attempt for a recorded mail (run by the retry job and the admin's "resend"). */
export const retryEmailDeliveryWorkflow = createWorkflow("retry-email-delivery", (input: { id: string }) => {
  return new WorkflowResponse(deliverEmailStep({ id: input.id }))
})
