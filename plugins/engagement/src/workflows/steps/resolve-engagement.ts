import type { MedusaContainer } from "@medusajs/framework/types"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"

export function engagementService(container: MedusaContainer): EngagementModuleService {
  return container.resolve(ENGAGEMENT_MODULE)
}
