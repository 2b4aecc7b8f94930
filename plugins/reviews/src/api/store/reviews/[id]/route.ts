import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewRecord } from "../../../../lib/serialize"
import { toOwnReview } from "../../../../lib/serialize"
import { findOwnReview, hasBoughtProduct, readReview } from "../../../../lib/store-access"
import { deleteReviewWorkflow } from "../../../../workflows/delete-review"
import { saveReviewWorkflow } from "../../../../workflows/save-review"
import type { StoreUpdateReviewType } from "../../../validators"

/**
 * PATCH (or POST) /store/reviews/:id — the author edits their review; it goes
 * back to moderation. Anyone else gets 404.
 */
export const PATCH = async (req: MedusaRequest<StoreUpdateReviewType>, res: MedusaResponse) => {
  const review = await findOwnReview(req, req.params.id)
  const body = req.validatedBody
  // Asked again on every edit: a purchase canceled or refunded since no longer verifies the review.
  const verified = await hasBoughtProduct(req.scope, review.customer_id, review.product_id)
  await saveReviewWorkflow(req.scope).run({
    input: {
      customer_id: review.customer_id,
      product_id: review.product_id,
      author_name: review.author_name,
      rating: body.rating ?? review.rating,
      title: body.title ?? review.title,
      body: body.body ?? review.body,
      verified_purchase: verified,
    },
  })
  const updated = await readReview(req.scope, review.id, ["product.id", "product.title", "product.thumbnail"])
  res.json({ review: toOwnReview(updated as ReviewRecord) })
}

export const POST = PATCH

/** DELETE /store/reviews/:id — the author deletes their review. Anyone else gets 404. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const review = await findOwnReview(req, req.params.id)
  await deleteReviewWorkflow(req.scope).run({ input: { id: review.id } })
  res.json({ id: review.id, object: "review", deleted: true })
}
