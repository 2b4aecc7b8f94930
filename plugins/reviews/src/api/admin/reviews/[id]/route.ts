import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewRecord } from "../../../../lib/serialize"
import { CUSTOMER_FIELDS, PRODUCT_FIELDS, toAdminReview } from "../../../../lib/serialize"
import { readReview, reviewNotFound } from "../../../../lib/store-access"
import { moderateReviewsWorkflow } from "../../../../workflows/moderate-reviews"
import { replyToReviewWorkflow } from "../../../../workflows/reply-to-review"
import type { AdminUpdateReviewType } from "../../../validators"

async function load(req: AuthenticatedMedusaRequest, id: string): Promise<ReviewRecord> {
  const review = await readReview(req.scope, id, [...PRODUCT_FIELDS, ...CUSTOMER_FIELDS])
  if (!review) throw reviewNotFound(id)
  return review
}

/** GET /admin/reviews/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ review: toAdminReview(await load(req, req.params.id)) })
}

/** POST /admin/reviews/:id — moderate (`status`) and/or answer publicly (`reply`; null or "" removes it). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateReviewType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const review = await load(req, req.params.id)
  if (body.status !== undefined && body.status !== review.status) {
    await moderateReviewsWorkflow(req.scope).run({ input: { ids: [review.id], status: body.status } })
  }
  if (body.reply !== undefined) {
    await replyToReviewWorkflow(req.scope).run({ input: { id: review.id, reply: body.reply ? body.reply : null } })
  }
  res.json({ review: toAdminReview(await load(req, review.id)) })
}
