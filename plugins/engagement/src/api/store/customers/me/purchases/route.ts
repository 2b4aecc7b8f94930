import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../../lib/parse-query"
import { presentPurchases } from "../../../../../lib/purchases"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"
import { StoreGetPurchasesParams } from "../../../../validators"

/** GET /store/customers/me/purchases — the customer's purchased lines, newest first, with "buy again" data. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = parseQuery(StoreGetPurchasesParams, req)
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const [rows, count] = await service.listAndCountEngagementPurchases(
    { customer_id: req.auth_context.actor_id },
    { order: { purchased_at: "DESC", id: "ASC" }, skip: params.offset, take: params.limit }
  )
  res.json({
    purchases: await presentPurchases(req.scope, rows),
    count,
    offset: params.offset,
    limit: params.limit,
  })
}
