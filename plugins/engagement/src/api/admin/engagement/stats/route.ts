import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../lib/parse-query"
import { productTitles } from "../../../../lib/products"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import { AdminGetEngagementStatsParams } from "../../../validators"

/**
 * GET /admin/engagement/stats?from&to&limit — the Engagement page: most
 * viewed, most wishlisted and view→purchase conversion per product in [from, to).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = parseQuery(AdminGetEngagementStatsParams, req)
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const stats = await service.stats(params)
  const titles = await productTitles(req.scope, [
    ...stats.most_viewed.map((r) => r.product_id),
    ...stats.most_wishlisted.map((r) => r.product_id),
    ...stats.conversion.map((r) => r.product_id),
  ])
  const named = <T extends { product_id: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, product_title: titles.get(r.product_id)?.title ?? null }))
  res.json({
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    totals: stats.totals,
    most_viewed: named(stats.most_viewed),
    most_wishlisted: named(stats.most_wishlisted),
    conversion: named(stats.conversion),
  })
}
