import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { actorOf, trackedActor } from "../../../../lib/actor"
import { hasTrackingConsent } from "../../../../lib/consent"
import { parseQuery } from "../../../../lib/parse-query"
import { publishedProducts } from "../../../../lib/products"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import { recordProductViewWorkflow } from "../../../../workflows/record-product-view"
import type { StoreRecordViewType } from "../../../validators"
import { StoreGetViewsParams } from "../../../validators"

/** Repeats of the same product by the same actor within this window count once. */
export const VIEW_DEDUPE_SECONDS = 30 * 60

/**
 * POST /store/engagement/views { product_id } — the storefront reports a
 * product page view. Recorded only with the actor's consent; the answer says
 * whether it was (`recorded`), never an error for a shopper who declined.
 */
export const POST = async (req: MedusaRequest<StoreRecordViewType>, res: MedusaResponse) => {
  const { product_id } = req.validatedBody
  const products = await publishedProducts(req.scope, [product_id])
  if (!products.has(product_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
  }
  const ref = actorOf(req)
  const actor = trackedActor(ref)
  if (!actor || !(await hasTrackingConsent(req.scope, ref))) {
    res.json({ recorded: false, reason: "no_consent" })
    return
  }
  const { result } = await recordProductViewWorkflow(req.scope).run({
    input: { ...actor, product_id, dedupe_seconds: VIEW_DEDUPE_SECONDS },
  })
  res.json(result ? { recorded: true, viewed_at: new Date(result.viewed_at).toISOString() } : { recorded: false, reason: "repeat" })
}

/**
 * GET /store/engagement/views?limit=&exclude= — the caller's own recently
 * viewed products (published ones), newest first. Nobody else's: without a
 * customer or visitor id the list is empty.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = parseQuery(StoreGetViewsParams, req)
  const actor = trackedActor(actorOf(req))
  if (!actor) {
    res.json({ products: [], count: 0 })
    return
  }
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  // Read a few more than asked: some may be unpublished since.
  const recent = await service.listRecentlyViewed(actor, { limit: params.limit + 20, exclude_product_ids: params.exclude })
  const cards = await publishedProducts(req.scope, recent.map((r) => r.product_id))
  const products = recent
    .filter((r) => cards.has(r.product_id))
    .slice(0, params.limit)
    .map((r) => {
      const card = cards.get(r.product_id)!
      return { id: card.id, title: card.title, handle: card.handle, thumbnail: card.thumbnail, viewed_at: new Date(r.viewed_at).toISOString() }
    })
  res.json({ products, count: products.length })
}
