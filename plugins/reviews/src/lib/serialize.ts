import type { ReviewState } from "../modules/reviews/service"

type Stamp = Date | string | null

/** A review as read from the database: its aggregate-relevant state (the service's ReviewState) plus the rest. */
export type ReviewRecord = Omit<ReviewState, "deleted"> & {
  helpful_count: number
  reply: string | null
  replied_at: Stamp
  created_at: Stamp
  updated_at: Stamp
  product?: { id: string; title: string | null; thumbnail: string | null } | null
  customer?: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

export const REVIEW_FIELDS = [
  "id",
  "product_id",
  "customer_id",
  "author_name",
  "rating",
  "title",
  "body",
  "status",
  "verified_purchase",
  "helpful_count",
  "reply",
  "replied_at",
  "created_at",
  "updated_at",
]

export const PRODUCT_FIELDS = ["product.id", "product.title", "product.thumbnail"]
export const CUSTOMER_FIELDS = ["customer.id", "customer.email", "customer.first_name", "customer.last_name"]

function iso(stamp: Stamp): string | null {
  return stamp ? new Date(stamp).toISOString() : null
}

/** A review as every shopper sees it: no customer id, no moderation status. */
export function toPublicReview(review: ReviewRecord, voted?: boolean) {
  return {
    id: review.id,
    product_id: review.product_id,
    rating: review.rating,
    title: review.title,
    body: review.body,
    author_name: review.author_name ?? "Anonymous",
    verified_purchase: review.verified_purchase,
    helpful_count: review.helpful_count,
    reply: review.reply,
    replied_at: iso(review.replied_at),
    created_at: iso(review.created_at),
    updated_at: iso(review.updated_at),
    ...(voted === undefined ? {} : { voted_helpful: voted }),
  }
}

/** The author's own review: also its moderation status and the product. */
export function toOwnReview(review: ReviewRecord) {
  return {
    ...toPublicReview(review),
    status: review.status,
    product: review.product ? { id: review.product.id, title: review.product.title, thumbnail: review.product.thumbnail } : null,
  }
}

/** What the merchant sees. */
export function toAdminReview(review: ReviewRecord) {
  return {
    ...toOwnReview(review),
    customer_id: review.customer_id,
    customer: review.customer
      ? {
          id: review.customer.id,
          email: review.customer.email,
          first_name: review.customer.first_name,
          last_name: review.customer.last_name,
        }
      : null,
  }
}

/** "Max M." from the customer's names; null when there is nothing to show. */
export function authorNameOf(customer: { first_name?: string | null; last_name?: string | null } | null | undefined): string | null {
  const first = (customer?.first_name ?? "").trim()
  const last = (customer?.last_name ?? "").trim()
  if (!first && !last) return null
  const name = [first, last ? `${Array.from(last)[0]}.` : ""].filter(Boolean).join(" ")
  return Array.from(name).slice(0, 60).join("")
}
