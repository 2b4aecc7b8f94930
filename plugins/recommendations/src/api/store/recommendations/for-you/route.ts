import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorKey, hasTrackingConsent, requestActor } from "../../../../lib/actor"
import { recommendationsService } from "../../../../lib/service"
import type { StoreGetRecommendationsParamsType } from "../../../validators"

/**
 * GET /store/recommendations/for-you — the home page rail. Personal for a
 * logged-in customer and for a visitor who consented to tracking (their
 * history exists only then); everyone else gets recent bestsellers and
 * trending items. Never what the actor bought (unless consumable), nothing
 * out of stock or unpublished.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit } = req.validatedQuery as StoreGetRecommendationsParamsType
  const actor = requestActor(req)
  const personal = actor.customer_id !== null || (await hasTrackingConsent(req, actor))
  const started = performance.now()
  const result = await recommendationsService(req.scope).forActor(personal ? actorKey(actor) : null, limit)
  // How long the recommender itself took (the rest is Medusa's request pipeline): the bench reads it.
  res.setHeader("server-timing", `recommend;dur=${(performance.now() - started).toFixed(1)}`)
  res.setHeader("cache-control", "private, no-store")
  res.json({ rail: "for-you", personalized: result.personalized, products: result.products })
}
