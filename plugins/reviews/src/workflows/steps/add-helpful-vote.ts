import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

type Vote = { review_id: string; customer_id: string }

/** Counts one customer's helpful vote; `added` is false when they had voted already. */
export const addHelpfulVoteStep = createStep(
  "add-helpful-vote",
  async (input: Vote, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const added = await service.addHelpfulVote(input.review_id, input.customer_id)
    return new StepResponse({ added }, added ? input : undefined)
  },
  async (vote: Vote | undefined, { container }) => {
    if (!vote) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    await service.removeHelpfulVote(vote.review_id, vote.customer_id)
  }
)
