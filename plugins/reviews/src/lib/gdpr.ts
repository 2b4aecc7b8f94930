import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"

export type ExportedReview = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  status: string
  verified_purchase: boolean
  helpful_count: number
  reply: string | null
  replied_at: string | null
  created_at: string
  updated_at: string
}

export type ExportedReviews = { reviews: ExportedReview[]; helpful_votes: { review_id: string; created_at: string }[] }

function iso(value: Date | string): string {
  return new Date(value).toISOString()
}

/** The customer's reviews (oldest first) and the reviews they found helpful. */
export async function exportReviews(container: MedusaContainer, customerId: string): Promise<ExportedReviews> {
  const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  const reviews = await service.listReviews({ customer_id: customerId }, { order: { created_at: "ASC" }, take: null })
  const votes = await service.listReviewHelpfulVotes({ customer_id: customerId }, { order: { created_at: "ASC" }, take: null })
  return {
    reviews: reviews.map((r) => ({
      id: r.id,
      product_id: r.product_id,
      rating: r.rating,
      title: r.title,
      body: r.body,
      status: r.status,
      verified_purchase: r.verified_purchase,
      helpful_count: r.helpful_count,
      reply: r.reply,
      replied_at: r.replied_at ? iso(r.replied_at) : null,
      created_at: iso(r.created_at),
      updated_at: iso(r.updated_at),
    })),
    helpful_votes: votes.map((v) => ({ review_id: v.review_id, created_at: iso(v.created_at) })),
  }
}
