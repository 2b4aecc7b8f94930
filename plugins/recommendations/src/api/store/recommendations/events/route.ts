import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorKey, hasTrackingConsent, requestActor } from "../../../../lib/actor"
import { recommendationsService } from "../../../../lib/service"
import type { StoreRecordRecommendationEventsType } from "../../../validators"

/**
 * POST /store/recommendations/events — a rail's impressions or a click, for
 * the admin's click-through. Recorded only when the actor consented to
 * tracking; otherwise nothing is stored and the answer says so.
 */
export const POST = async (req: MedusaRequest<StoreRecordRecommendationEventsType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const actor = requestActor(req)
  const key = actorKey(actor)
  if (!key || !(await hasTrackingConsent(req, actor))) {
    res.json({ recorded: 0, consent: false })
    return
  }
  const recorded = await recommendationsService(req.scope).recordFeedback({
    actor: key,
    rail: body.rail,
    type: body.type,
    product_ids: [...new Set(body.product_ids)],
  })
  res.json({ recorded, consent: true })
}
