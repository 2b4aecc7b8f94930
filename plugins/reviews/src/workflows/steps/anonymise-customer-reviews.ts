import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

type Snapshot = {
  customer_id: string
  reviews: { id: string; author_name: string | null }[]
  vote_ids: string[]
}

/**
 * Account erasure: the customer's reviews and helpful votes stay (they are
 * part of the products' ratings) but no longer point to them. Compensation
 * links them back.
 */
export const anonymiseCustomerReviewsStep = createStep(
  "anonymise-customer-reviews",
  async (input: { customer_id: string }, { container }) => {
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const reviews = await service.listReviews({ customer_id: input.customer_id }, { withDeleted: true, select: ["id", "author_name"], take: null })
    const votes = await service.listReviewHelpfulVotes({ customer_id: input.customer_id }, { select: ["id"], take: null })
    const result = await service.anonymiseCustomer(input.customer_id)
    const snapshot: Snapshot = {
      customer_id: input.customer_id,
      reviews: reviews.map((r) => ({ id: r.id, author_name: r.author_name })),
      vote_ids: votes.map((v) => v.id),
    }
    return new StepResponse({ anonymised_reviews: result.reviews, anonymised_votes: result.votes }, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (!snapshot) return
    const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    if (snapshot.reviews.length) {
      await service.updateReviews(snapshot.reviews.map((r) => ({ ...r, customer_id: snapshot.customer_id })))
    }
    if (snapshot.vote_ids.length) {
      await service.updateReviewHelpfulVotes(snapshot.vote_ids.map((id) => ({ id, customer_id: snapshot.customer_id })))
    }
  }
)
