import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRecommendationsWorkflow } from "../workflows/update-recommendations"
import type { EngagementEventName } from "./engagement-events"
import { toRecommenderEvent } from "./engagement-events"

/** What every engagement subscriber does: validate the payload, then run the update workflow. */
export async function handleEngagementEvent(container: MedusaContainer, name: EngagementEventName, data: unknown): Promise<void> {
  const event = toRecommenderEvent(name, data)
  if ("error" in event) {
    const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`recommendations: ignored a malformed ${name} event (${event.error})`)
    return
  }
  await updateRecommendationsWorkflow(container).run({ input: event })
}
