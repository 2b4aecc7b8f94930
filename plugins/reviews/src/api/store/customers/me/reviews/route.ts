import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ReviewRecord } from "../../../../../lib/serialize"
import { PRODUCT_FIELDS, REVIEW_FIELDS, toOwnReview } from "../../../../../lib/serialize"
import type { StoreGetMyReviewsParamsType } from "../../../../validators"

/** GET /store/customers/me/reviews — the customer's own reviews (any status), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetMyReviewsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "review",
    fields: [...REVIEW_FIELDS, ...PRODUCT_FIELDS],
    filters: { customer_id: req.auth_context.actor_id, ...(params.product_id ? { product_id: params.product_id } : {}) },
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({
    reviews: (data as ReviewRecord[]).map(toOwnReview),
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
  })
}
