import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"
import type { ReviewChange, SaveReviewInput } from "../../modules/reviews/service"

/** Creates the customer's review of a product or edits the one they have; compensation puts it back. */
export const saveReviewStep = createStep(
  "save-review",
  async (input: SaveReviewInput, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const change = await service.saveReview(input)
    return new StepResponse(change, change)
  },
  async (change: ReviewChange | undefined, { container }) => {
    if (!change) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    await service.restoreReviewState(change)
  }
)
