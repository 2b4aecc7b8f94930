import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

// The product index (@shop/product-index) shows `rating` / `rating_count` in
// GET /api/v1/product/. It is resolved by its registration name, so the
// reviews plugin also works in a store without it.
const PRODUCT_INDEX_MODULE = "productIndex"

// The shape of @shop/product-index's ProductRating (not imported: its module path resolves to the module's index).
type ProductRating = { product_id: string; rating: number | null; rating_count: number }
type ProductIndexRatings = { setProductRatings(ratings: ProductRating[]): Promise<void> }

type Resolver = { resolve: <T>(key: string, options?: { allowUnregistered?: boolean }) => T }

async function publish(container: Resolver, productIds: string[]) {
  const index = container.resolve<ProductIndexRatings | undefined>(PRODUCT_INDEX_MODULE, { allowUnregistered: true })
  if (!index || productIds.length === 0) return
  const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  const aggregates = await service.retrieveAggregates(productIds)
  await index.setProductRatings(
    [...aggregates.values()].map((a) => ({ product_id: a.product_id, rating: a.average, rating_count: a.count }))
  )
}

/**
 * Copies the products' current aggregates to the product index (and so drops
 * its cached responses). It is the last step of every workflow that changes
 * an aggregate, so nothing after it can fail and undo the change it copied.
 */
export const publishProductRatingsStep = createStep(
  "publish-product-ratings",
  async (input: { product_ids: string[] }, { container }) => {
    await publish(container, [...new Set(input.product_ids)])
    return new StepResponse(undefined)
  }
)

/**
 * Copies every product's aggregate to the product index again, `batchSize`
 * products at a time, and returns how many were copied (0 without a product
 * index). The hourly repair job runs it: should a copy ever be lost (the index
 * was restored from an older backup, a row was edited by hand), the ratings
 * shown in the catalogue come back to the aggregates within the hour.
 */
export async function republishAllProductRatings(container: Resolver, batchSize = 500): Promise<number> {
  const index = container.resolve<ProductIndexRatings | undefined>(PRODUCT_INDEX_MODULE, { allowUnregistered: true })
  if (!index) return 0
  const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  let copied = 0
  for (let skip = 0; ; skip += batchSize) {
    const page = await service.listReviewAggregates({}, { select: ["product_id"], order: { product_id: "ASC" }, skip, take: batchSize })
    if (!page.length) break
    await publish(container, page.map((a) => a.product_id))
    copied += page.length
    if (page.length < batchSize) break
  }
  return copied
}
