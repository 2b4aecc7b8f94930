import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportReviews } from "../../lib/gdpr"
import { anonymiseCustomerReviewsStep } from "../steps/anonymise-customer-reviews"

// The reviews plugin's section of the customer's data export and erasure. The
// accounts plugin finds these workflows by id ("customer-data.<export|erase>.<section>").

type SectionInput = { customer_id: string }

const collectCustomerReviewsStep = createStep(
  "collect-customer-reviews",
  async (input: SectionInput, { container }) => new StepResponse(await exportReviews(container, input.customer_id))
)

export const exportReviewsSectionWorkflow = createWorkflow(
  "customer-data.export.reviews",
  (input: SectionInput) => new WorkflowResponse(collectCustomerReviewsStep(input))
)

/** Erasure anonymises (idempotent: a second run finds nothing to change). */
export const eraseReviewsSectionWorkflow = createWorkflow(
  "customer-data.erase.reviews",
  (input: SectionInput) => new WorkflowResponse(anonymiseCustomerReviewsStep(input))
)
