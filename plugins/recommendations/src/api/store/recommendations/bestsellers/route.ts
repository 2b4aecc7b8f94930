import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recommendationsService } from "../../../../lib/service"
import type { StoreGetRecommendationsParamsType } from "../../../validators"

/**
 * GET /store/recommendations/bestsellers — the home page's "Bestsellers":
 * what sold most over the last 30 days, in stock and published. The same for
 * everyone (no personal data), so it may be cached.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit } = req.validatedQuery as StoreGetRecommendationsParamsType
  const products = await recommendationsService(req.scope).bestsellers(limit)
  res.setHeader("cache-control", "public, max-age=60")
  res.json({ rail: "bestsellers", products })
}
