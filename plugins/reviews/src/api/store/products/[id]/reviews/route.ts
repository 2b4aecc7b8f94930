import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import { REVIEWS_MODULE } from "../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../modules/reviews/service"
import type { ReviewRecord } from "../../../../../lib/serialize"
import { authorNameOf, REVIEW_FIELDS, toOwnReview, toPublicReview } from "../../../../../lib/serialize"
import { findReviewableProduct, hasBoughtProduct, readReview } from "../../../../../lib/store-access"
import { saveReviewWorkflow } from "../../../../../workflows/save-review"
import type { ReviewSort, StoreCreateReviewType, StoreGetProductReviewsParamsType } from "../../../../validators"

const ORDER: Record<ReviewSort, Record<string, "ASC" | "DESC">> = {
  newest: { created_at: "DESC", id: "DESC" },
  highest: { rating: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
  helpful: { helpful_count: "DESC", created_at: "DESC", id: "DESC" },
}

/**
 * GET /store/products/:id/reviews — the product's approved reviews, a page at
 * a time, with its aggregate (average, count, histogram). A logged-in
 * customer also learns which reviews they marked helpful.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetProductReviewsParamsType
  const product = await findReviewableProduct(req.scope, req.params.id)
  const service: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data, metadata }, aggregates] = await Promise.all([
    query.graph({
      entity: "review",
      fields: REVIEW_FIELDS,
      filters: { product_id: product.id, status: "approved" },
      pagination: { skip: params.offset, take: params.limit, order: ORDER[params.sort] },
    }),
    service.retrieveAggregates([product.id]),
  ])
  const reviews = data as ReviewRecord[]
  const customerId = customerIdOf(req)
  let voted: Set<string> | null = null
  if (customerId && reviews.length) {
    const votes = await service.listReviewHelpfulVotes(
      { customer_id: customerId, review_id: reviews.map((r) => r.id) },
      { select: ["review_id"], take: null }
    )
    voted = new Set(votes.map((v) => v.review_id))
  }
  const aggregate = aggregates.get(product.id)!
  res.json({
    reviews: reviews.map((r) => toPublicReview(r, voted ? voted.has(r.id) : undefined)),
    count: metadata?.count ?? reviews.length,
    offset: params.offset,
    limit: params.limit,
    sort: params.sort,
    aggregate: { average: aggregate.average, count: aggregate.count, histogram: aggregate.histogram },
  })
}

/**
 * POST /store/products/:id/reviews — the logged-in customer reviews the
 * product: 201 with a new review, or 200 when they had one, which is edited
 * instead (one review per customer and product). Customers who did not buy
 * the product get 403 unless the store allows unverified reviews.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const customerId = req.auth_context.actor_id
  const product = await findReviewableProduct(req.scope, req.params.id)
  const service: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const verified = await hasBoughtProduct(req.scope, customerId, product.id)
  if (!verified && !service.getOptions().allowUnverified) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only customers who bought this product can review it.")
  }
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name"], filters: { id: customerId } })

  const { result } = await saveReviewWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      product_id: product.id,
      author_name: authorNameOf(customers[0] as { first_name: string | null; last_name: string | null } | undefined),
      rating: body.rating,
      title: body.title,
      body: body.body,
      verified_purchase: verified,
    },
  })
  const review = await readReview(req.scope, result.review_id, ["product.id", "product.title", "product.thumbnail"])
  res.status(result.previous === null ? 201 : 200).json({ review: toOwnReview(review as ReviewRecord) })
}
