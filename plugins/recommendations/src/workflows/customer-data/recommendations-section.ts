import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RecommenderEvent } from "../../lib/core/events"
import { recommendationsService } from "../../lib/service"
import { applyRecommendationEventStep } from "../steps/apply-recommendation-event"

// The recommender's section of the customer's data export and erasure. The
// accounts plugin finds these workflows by id ("customer-data.<export|erase>.<section>").

type SectionInput = { customer_id: string }

const collectRecommendationDataStep = createStep(
  "collect-customer-recommendation-data",
  async (input: SectionInput, { container }) =>
    new StepResponse(await recommendationsService(container).exportActor(`customer:${input.customer_id}`))
)

export const exportRecommendationsSectionWorkflow = createWorkflow(
  "customer-data.export.recommendations",
  (input: SectionInput) => new WorkflowResponse(collectRecommendationDataStep(input))
)

const deleteRecommendationFeedbackStep = createStep(
  "delete-customer-recommendation-feedback",
  async (input: SectionInput, { container }) =>
    new StepResponse({ feedback_deleted: await recommendationsService(container).deleteFeedbackOf(`customer:${input.customer_id}`) })
)

export const eraseRecommendationsSectionWorkflow = createWorkflow(
  "customer-data.erase.recommendations",
  (input: SectionInput) => {
    // The same update as the engagement.actor.erased event: idempotent, so it does not matter which comes first.
    const erased = transform({ input }, ({ input }): RecommenderEvent => ({ type: "erased", actor: `customer:${input.customer_id}` }))
    applyRecommendationEventStep(erased)
    return new WorkflowResponse(deleteRecommendationFeedbackStep(input))
  }
)
