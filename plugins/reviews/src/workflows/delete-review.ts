import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { publishProductRatingsStep } from "./steps/publish-product-ratings"
import { removeReviewStep } from "./steps/remove-review"

export const REVIEW_DELETED = "review.deleted"

/** The author deletes their review (the caller checked ownership). */
export const deleteReviewWorkflow = createWorkflow("delete-review", (input: { id: string }) => {
  const change = removeReviewStep(input)
  emitEventStep({ eventName: REVIEW_DELETED, data: { id: input.id } })
  const productIds = transform({ change }, ({ change }) => [change.product_id])
  publishProductRatingsStep({ product_ids: productIds })
  return new WorkflowResponse(change)
})
