import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECOMMENDATIONS_MODULE } from "../modules/recommendations"
import type RecommendationsModuleService from "../modules/recommendations/service"
import type { EngagementEventName } from "./engagement-events"
import { toRecommenderEvent } from "./engagement-events"

/**
 * What every engagement subscriber does: validate the payload, then apply the
 * incremental update. It calls the module service directly rather than the
 * update-recommendations workflow: that workflow is this one call (one
 * transaction, idempotent by source id, nothing to compensate), and its run
 * bookkeeping cost about as much CPU as the update itself on every event.
 */
export async function handleEngagementEvent(container: MedusaContainer, name: EngagementEventName, data: unknown): Promise<void> {
  const event = toRecommenderEvent(name, data)
  if ("error" in event) {
    const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`recommendations: ignored a malformed ${name} event (${event.error})`)
    return
  }
  const service: RecommendationsModuleService = container.resolve(RECOMMENDATIONS_MODULE)
  await service.applyEvent(event)
}
