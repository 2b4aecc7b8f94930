import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"
import type { ReviewChange } from "../../modules/reviews/service"

/** Soft-deletes a review; compensation brings it back. */
export const removeReviewStep = createStep(
  "remove-review",
  async (input: { id: string }, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const change = await service.removeReview(input.id)
    return new StepResponse(change, change)
  },
  async (change: ReviewChange | undefined, { container }) => {
    if (!change) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    await service.restoreReviewState(change)
  }
)
