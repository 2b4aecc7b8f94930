import type { MedusaContainer } from "@medusajs/framework/types"
import { RECOMMENDATIONS_MODULE } from "../modules/recommendations"
import type RecommendationsModuleService from "../modules/recommendations/service"

/**
 * An item's neighbour list is ranked with its partners' norms as of its own
 * last update; partners keep changing. Every few minutes the least recently
 * ranked items are ranked again, so every list is fresh within hours even
 * for items nobody touches. Bounded work per run.
 */
export default async function rankStaleRecommendations(container: MedusaContainer): Promise<void> {
  const service: RecommendationsModuleService = container.resolve(RECOMMENDATIONS_MODULE)
  await service.rankStale(250)
}

export const config = {
  name: "rank-stale-recommendations",
  schedule: "*/5 * * * *",
}
