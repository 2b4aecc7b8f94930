import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecommenderEvent } from "../../lib/core/events"
import { RECOMMENDATIONS_MODULE } from "../../modules/recommendations"
import type RecommendationsModuleService from "../../modules/recommendations/service"

/**
 * Applies the event's incremental update in one transaction. No compensation:
 * it is the workflow's only write and commits or rolls back as a whole, and a
 * retried event is a no-op (idempotent by source id).
 */
export const applyRecommendationEventStep = createStep(
  "apply-recommendation-event",
  async (event: RecommenderEvent, { container }) => {
    const service: RecommendationsModuleService = container.resolve(RECOMMENDATIONS_MODULE)
    return new StepResponse(await service.applyEvent(event))
  }
)
