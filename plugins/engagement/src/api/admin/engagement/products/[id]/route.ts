import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"

/** GET /admin/engagement/products/:id — how many wishlists hold the product now. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const [row] = await service.countWishlists([req.params.id])
  res.json({ product_id: req.params.id, wishlist_count: row?.count ?? 0 })
}
