import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../../lib/parse-query"
import { productTitles } from "../../../../../lib/products"
import { presentPurchases } from "../../../../../lib/purchases"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"
import { AdminGetCustomerEngagementParams } from "../../../../validators"

/** GET /admin/engagement/customers/:id — one customer's purchases, wishlist, recently viewed products and consent. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit } = parseQuery(AdminGetCustomerEngagementParams, req)
  const customerId = req.params.id
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const purchases = await service.listEngagementPurchases(
    { customer_id: customerId },
    { order: { purchased_at: "DESC", id: "ASC" }, take: limit }
  )
  const wishlist = await service.listEngagementWishlistItems({ customer_id: customerId }, { order: { created_at: "DESC" }, take: limit })
  const viewed = await service.listRecentlyViewed({ customer_id: customerId, visitor_id: null }, { limit })
  const [consent] = await service.listEngagementConsents({ customer_id: customerId }, { take: 1 })
  const titles = await productTitles(req.scope, [...wishlist.map((w) => w.product_id), ...viewed.map((v) => v.product_id)])
  res.json({
    customer_id: customerId,
    consent: consent ? { granted: consent.granted, updated_at: new Date(consent.updated_at).toISOString() } : null,
    purchases: await presentPurchases(req.scope, purchases),
    wishlist: wishlist.map((w) => ({
      product_id: w.product_id,
      product_title: titles.get(w.product_id)?.title ?? null,
      created_at: new Date(w.created_at).toISOString(),
    })),
    recently_viewed: viewed.map((v) => ({
      product_id: v.product_id,
      product_title: titles.get(v.product_id)?.title ?? null,
      viewed_at: new Date(v.viewed_at).toISOString(),
    })),
  })
}
