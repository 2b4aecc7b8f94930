import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RecommenderEvent } from "../lib/core/events"
import { applyRecommendationEventStep } from "./steps/apply-recommendation-event"

/** One engagement event → the recommender's state, incrementally (see pg-engine.ts). */
export const updateRecommendationsWorkflow = createWorkflow("update-recommendations", (input: RecommenderEvent) => {
  return new WorkflowResponse(applyRecommendationEventStep(input))
})
