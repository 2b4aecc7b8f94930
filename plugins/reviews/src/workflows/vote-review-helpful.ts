import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addHelpfulVoteStep } from "./steps/add-helpful-vote"

/** A customer marks a review as helpful, once (the caller checked the review is visible to them). */
export const voteReviewHelpfulWorkflow = createWorkflow(
  "vote-review-helpful",
  (input: { review_id: string; customer_id: string }) => new WorkflowResponse(addHelpfulVoteStep(input))
)
