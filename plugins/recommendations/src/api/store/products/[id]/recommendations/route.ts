import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { actorKey, requestActor } from "../../../../../lib/actor"
import { recommendationsService } from "../../../../../lib/service"
import type { StoreGetRecommendationsParamsType } from "../../../../validators"

/**
 * GET /store/products/:id/recommendations — "customers also bought/viewed":
 * the product's materialised neighbours in stock, filled up with popular
 * products of its brand or categories. 404 for an unknown or unpublished product.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit } = req.validatedQuery as StoreGetRecommendationsParamsType
  const id = req.params.id
  const actor = requestActor(req)
  // Only to leave out what a logged-in customer already bought; reads nothing else of them.
  const started = performance.now()
  const products = await recommendationsService(req.scope).forProduct(id, actor.customer_id ? actorKey(actor) : null, limit)
  // How long the recommender itself took (the rest is Medusa's request pipeline): the bench reads it.
  res.setHeader("server-timing", `recommend;dur=${(performance.now() - started).toFixed(1)}`)
  if (!products) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  }
  res.setHeader("cache-control", "private, no-store")
  res.json({ rail: "also-bought", product_id: id, products })
}
