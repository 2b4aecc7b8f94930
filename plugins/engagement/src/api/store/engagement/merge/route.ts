import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VISITOR_HEADER, visitorIdOf } from "../../../../lib/actor"
import { mergeVisitorHistoryWorkflow } from "../../../../workflows/merge-visitor-history"

/**
 * POST /store/engagement/merge — called by the storefront right after login
 * with `x-shop-visitor`: the visitor's view history (and consent choice, when
 * the customer has none) joins the customer's.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const visitorId = visitorIdOf(req)
  if (!visitorId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${VISITOR_HEADER}: is required (the visitor whose history to merge)`)
  }
  const { result } = await mergeVisitorHistoryWorkflow(req.scope).run({
    input: { visitor_id: visitorId, customer_id: req.auth_context.actor_id },
  })
  res.json({ merged_views: result.merged_views })
}
