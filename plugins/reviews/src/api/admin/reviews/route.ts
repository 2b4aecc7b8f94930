import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ReviewRecord } from "../../../lib/serialize"
import { CUSTOMER_FIELDS, PRODUCT_FIELDS, REVIEW_FIELDS, toAdminReview } from "../../../lib/serialize"
import { moderateReviewsWorkflow } from "../../../workflows/moderate-reviews"
import type { AdminGetReviewsParamsType, AdminModerateReviewsType } from "../../validators"

/**
 * GET /admin/reviews — every review, newest first, filtered by status,
 * rating, product, customer or text in the title. With `product_id` the
 * product's aggregate comes along (the product page widget).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetReviewsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const q = params.q?.trim()
  const { data, metadata } = await query.graph({
    entity: "review",
    fields: [...REVIEW_FIELDS, ...PRODUCT_FIELDS, ...CUSTOMER_FIELDS],
    filters: {
      ...(params.status ? { status: params.status } : {}),
      ...(params.rating ? { rating: params.rating } : {}),
      ...(params.product_id ? { product_id: params.product_id } : {}),
      ...(params.customer_id ? { customer_id: params.customer_id } : {}),
      // MikroORM passes the pattern as a parameter; % and _ in the text are matched literally.
      ...(q ? { title: { $ilike: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  let aggregate: { average: number | null; count: number; histogram: Record<string, number> } | null = null
  if (params.product_id) {
    const service: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
    const view = (await service.retrieveAggregates([params.product_id])).get(params.product_id)!
    aggregate = { average: view.average, count: view.count, histogram: view.histogram }
  }
  res.json({
    reviews: (data as ReviewRecord[]).map(toAdminReview),
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
    ...(aggregate ? { aggregate } : {}),
  })
}

/**
 * POST /admin/reviews — bulk moderation `{ ids, status }`: all or none (an
 * unknown id is 404 and changes nothing). (Not /admin/reviews/:something,
 * which would also match the single-review route's middlewares.)
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminModerateReviewsType>, res: MedusaResponse) => {
  const { ids, status } = req.validatedBody
  const { result } = await moderateReviewsWorkflow(req.scope).run({ input: { ids: [...new Set(ids)], status } })
  res.json({ status, changed: result.map((c) => c.review_id) })
}
