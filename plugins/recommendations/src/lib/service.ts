import type { MedusaContainer } from "@medusajs/framework/types"
import { RECOMMENDATIONS_MODULE } from "../modules/recommendations"
import type RecommendationsModuleService from "../modules/recommendations/service"

export function recommendationsService(scope: Pick<MedusaContainer, "resolve">): RecommendationsModuleService {
  return scope.resolve(RECOMMENDATIONS_MODULE)
}
