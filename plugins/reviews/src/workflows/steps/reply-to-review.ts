import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

type Reply = { id: string; reply: string | null; replied_at: Date | null }

/** Sets (or, with null, removes) the merchant's public reply; compensation restores the previous one. */
export const replyToReviewStep = createStep(
  "reply-to-review",
  async (input: { id: string; reply: string | null }, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await service.listReviews({ id: input.id }, { select: ["id", "reply", "replied_at"] })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.id} was not found`)
    }
    const previous: Reply = { id: review.id, reply: review.reply, replied_at: review.replied_at }
    await service.updateReviews({ id: input.id, reply: input.reply, replied_at: input.reply === null ? null : new Date() })
    return new StepResponse({ id: input.id }, previous)
  },
  async (previous: Reply | undefined, { container }) => {
    if (!previous) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    await service.updateReviews(previous)
  }
)
