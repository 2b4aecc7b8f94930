import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readReview, reviewNotFound } from "../../../../../lib/store-access"
import { voteReviewHelpfulWorkflow } from "../../../../../workflows/vote-review-helpful"

/**
 * POST /store/reviews/:id/helpful — the logged-in customer marks an approved
 * review as helpful, once: a second vote is 409. Not for one's own review.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const review = await readReview(req.scope, req.params.id)
  if (!review || review.status !== "approved") {
    throw reviewNotFound(req.params.id)
  }
  if (review.customer_id === customerId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot mark your own review as helpful.")
  }
  const { result } = await voteReviewHelpfulWorkflow(req.scope).run({ input: { review_id: review.id, customer_id: customerId } })
  if (!result.added) {
    res.status(409).json({ type: "conflict", message: "You already marked this review as helpful." })
    return
  }
  res.status(201).json({ review_id: review.id, helpful_count: review.helpful_count + 1, voted_helpful: true })
}
