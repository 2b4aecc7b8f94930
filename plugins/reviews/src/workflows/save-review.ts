import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SaveReviewInput } from "../modules/reviews/service"
import { publishProductRatingsStep } from "./steps/publish-product-ratings"
import { saveReviewStep } from "./steps/save-review"

export const REVIEW_SAVED = "review.saved"

/**
 * A customer writes a review, or edits theirs (a second write is an edit; an
 * approved review goes back to moderation). The caller has checked the
 * product exists and whether the customer bought it.
 */
export const saveReviewWorkflow = createWorkflow("save-review", (input: SaveReviewInput) => {
  const change = saveReviewStep(input)
  const event = transform({ change }, ({ change }) => ({ id: change.review_id, created: change.previous === null }))
  emitEventStep({ eventName: REVIEW_SAVED, data: event })
  const productIds = transform({ change }, ({ change }) => [change.product_id])
  publishProductRatingsStep({ product_ids: productIds })
  return new WorkflowResponse(change)
})
