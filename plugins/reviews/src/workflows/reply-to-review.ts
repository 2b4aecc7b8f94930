import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { replyToReviewStep } from "./steps/reply-to-review"

export const REVIEW_REPLIED = "review.replied"

/** The merchant answers a review publicly (null removes the answer). */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: { id: string; reply: string | null }) => {
  const result = replyToReviewStep(input)
  emitEventStep({ eventName: REVIEW_REPLIED, data: { id: input.id } })
  return new WorkflowResponse(result)
})
