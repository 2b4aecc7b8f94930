import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recommendationsService } from "../../../../lib/service"
import type { AdminGetClickThroughParamsType } from "../../../validators"

const DAY = 24 * 60 * 60 * 1000

/** GET /admin/recommendations/click-through?from=YYYY-MM-DD&to=YYYY-MM-DD — impressions, clicks, CTR per rail and day. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetClickThroughParamsType
  const today = new Date(new Date().toISOString().slice(0, 10))
  const to = params.to ? new Date(params.to) : today
  const from = params.from ? new Date(params.from) : new Date(to.getTime() - 29 * DAY)
  const stats = await recommendationsService(req.scope).clickThrough(from, new Date(to.getTime() + DAY))
  res.json({ from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), ...stats })
}
