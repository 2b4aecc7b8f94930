import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ReviewStatus } from "../modules/reviews/models/review"
import { publishProductRatingsStep } from "./steps/publish-product-ratings"
import { setReviewStatusStep } from "./steps/set-review-status"

export const REVIEWS_MODERATED = "review.moderated"

/** The merchant approves or rejects reviews (or sends them back to pending), all or none. */
export const moderateReviewsWorkflow = createWorkflow("moderate-reviews", (input: { ids: string[]; status: ReviewStatus }) => {
  const changes = setReviewStatusStep(input)
  const event = transform({ changes, input }, ({ changes, input }) => ({
    ids: changes.map((c) => c.review_id),
    status: input.status,
  }))
  emitEventStep({ eventName: REVIEWS_MODERATED, data: event })
  const productIds = transform({ changes }, ({ changes }) => changes.map((c) => c.product_id))
  publishProductRatingsStep({ product_ids: productIds })
  return new WorkflowResponse(changes)
})
