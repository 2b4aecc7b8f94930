import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { actorOf, VISITOR_HEADER } from "../../../../lib/actor"
import { effectiveConsent } from "../../../../lib/consent"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import type { ActorRef } from "../../../../modules/engagement/service"
import { setTrackingConsentWorkflow } from "../../../../workflows/set-tracking-consent"
import type { StoreSetConsentType } from "../../../validators"

async function consentOf(req: MedusaRequest, actor: ActorRef) {
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const rows = actor.customer_id || actor.visitor_id ? await service.findConsents(actor) : []
  const row = effectiveConsent(rows, actor)
  return {
    granted: row ? row.granted : null,
    updated_at: row ? new Date(row.updated_at).toISOString() : null,
  }
}

/** GET /store/engagement/consent — the caller's choice; `granted: null` means not asked yet (show the banner). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ consent: await consentOf(req, actorOf(req)) })
}

/**
 * POST /store/engagement/consent { granted } — stores the choice for the
 * logged-in customer and/or the visitor of `x-shop-visitor`. Withdrawing it
 * deletes their view history.
 */
export const POST = async (req: MedusaRequest<StoreSetConsentType>, res: MedusaResponse) => {
  const actor = actorOf(req)
  if (!actor.customer_id && !actor.visitor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${VISITOR_HEADER}: is required when not logged in (the visitor the choice belongs to)`
    )
  }
  await setTrackingConsentWorkflow(req.scope).run({ input: { ...actor, granted: req.validatedBody.granted } })
  res.json({ consent: await consentOf(req, actor) })
}
