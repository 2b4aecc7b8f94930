"use server"

import { revalidatePath, updateTag } from "next/cache"
import { sdk } from "@/lib/config"
import { tags } from "@/lib/data/cache-tags"
import { getAuthHeaders } from "@/lib/data/cookies"
import { errorMessage, errorStatus } from "@/lib/util/errors"
import type { FormState } from "@/lib/util/forms"
import { REVIEW_PAGE_SIZE } from "@/lib/util/reviews"
import { text, valuesOf } from "@/lib/util/forms"

export type ReviewSort = "newest" | "highest" | "lowest" | "helpful"

/** A review as GET /store/products/:id/reviews answers it (plain text: React escapes it when rendering). */
export type PublicReview = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  author_name: string
  verified_purchase: boolean
  helpful_count: number
  reply: string | null
  replied_at: string | null
  created_at: string
  voted_helpful?: boolean
}

export type OwnReview = PublicReview & { status: "pending" | "approved" | "rejected" }

export type ReviewAggregate = { average: number | null; count: number; histogram: Record<"1" | "2" | "3" | "4" | "5", number> }

export type ProductReviews = { reviews: PublicReview[]; count: number; aggregate: ReviewAggregate; sort: ReviewSort; offset: number }

const EMPTY: ReviewAggregate = { average: null, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }

/** A product's approved reviews and its rating; the shopper's own votes when logged in. */
export async function getProductReviews(productId: string, sort: ReviewSort = "newest", offset = 0): Promise<ProductReviews> {
  const headers = await getAuthHeaders()
  try {
    const data = await sdk.client.fetch<ProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      query: { sort, offset, limit: REVIEW_PAGE_SIZE },
      headers,
      cache: "no-store",
    })
    return data
  } catch (error) {
    if (errorStatus(error) === 404) return { reviews: [], count: 0, aggregate: EMPTY, sort, offset }
    throw error
  }
}

/** The logged-in shopper's review of this product (any status), or null. */
export async function getMyReview(productId: string): Promise<OwnReview | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { reviews } = await sdk.client.fetch<{ reviews: OwnReview[] }>("/store/customers/me/reviews", {
      query: { product_id: productId, limit: 1 },
      headers,
      cache: "no-store",
    })
    return reviews[0] ?? null
  } catch (error) {
    if (errorStatus(error) === 401) return null
    throw error
  }
}

// Reviews are read fresh (no-store); the catalogue's cached pages carry the rating.
function refresh(productId: string) {
  updateTag(tags.products)
  revalidatePath(`/products/${productId}`)
}

/** The review form: creates the shopper's review or edits theirs (the API makes a second create an edit). */
export async function submitReview(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, ["product_id", "rating", "title", "body"])
  const productId = values.product_id
  const rating = Number(values.rating)
  const fieldErrors: Record<string, string> = {}
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) fieldErrors.rating = "Choose 1 to 5 stars."
  if (!values.title) fieldErrors.title = "Give your review a title."
  if (values.title.length > 120) fieldErrors.title = "The title can be at most 120 characters."
  if (values.body.length > 2000) fieldErrors.body = "The review can be at most 2000 characters."
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }

  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return { error: "Please log in to write a review.", values }
  try {
    await sdk.client.fetch(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      method: "POST",
      headers,
      body: { rating, title: values.title, body: text(formData, "body") },
    })
  } catch (error) {
    const status = errorStatus(error)
    if (status === 403) return { error: "Only customers who bought this product can review it.", values }
    if (status === 401) return { error: "Please log in to write a review.", values }
    return { error: errorMessage(error, "Your review could not be saved. Please try again."), values }
  }
  refresh(productId)
  return { ok: true, message: "Thank you! Your review will appear once it has been checked." }
}

/** "Helpful" on a review: one vote per shopper. */
export async function voteHelpful(_prev: FormState, formData: FormData): Promise<FormState> {
  const reviewId = text(formData, "review_id")
  const productId = text(formData, "product_id")
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return { error: "Log in to vote." }
  try {
    await sdk.client.fetch(`/store/reviews/${encodeURIComponent(reviewId)}/helpful`, { method: "POST", headers })
  } catch (error) {
    const status = errorStatus(error)
    if (status === 409) return { ok: true, message: "You already found this helpful." }
    if (status === 400) return { error: "That is your own review." }
    return { error: errorMessage(error, "Your vote could not be counted.") }
  }
  refresh(productId)
  return { ok: true, message: "Thanks for your vote." }
}
