import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type { ReviewStatus } from "../../modules/reviews/models/review"
import type ReviewsModuleService from "../../modules/reviews/service"
import type { ReviewChange } from "../../modules/reviews/service"

/** Moderation: sets the status of one or more reviews; compensation restores each one's previous state. */
export const setReviewStatusStep = createStep(
  "set-review-status",
  async (input: { ids: string[]; status: ReviewStatus }, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const changes = await service.setReviewStatus(input.ids, input.status)
    return new StepResponse(changes, changes)
  },
  async (changes: ReviewChange[] | undefined, { container }) => {
    if (!changes?.length) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    for (const change of [...changes].reverse()) {
      await service.restoreReviewState(change)
    }
  }
)
