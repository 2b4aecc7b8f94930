import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportCustomerEngagement } from "../../lib/gdpr"
import { eraseCustomerEngagementWorkflow } from "../erase-customer-engagement"

// The engagement plugin's sections of the customer's data export and its
// erasure. The accounts plugin finds these workflows by id
// ("customer-data.<export|erase>.<section>"), so neither imports the other.

type SectionInput = { customer_id: string }

const collectEngagementStep = createStep(
  "engagement-collect-customer-data",
  async (input: SectionInput & { section: "viewed_products" | "wishlist" | "purchase_history" | "tracking_consent" }, { container }) => {
    const data = await exportCustomerEngagement(container, input.customer_id)
    return new StepResponse(data[input.section])
  }
)

export const exportViewedProductsSectionWorkflow = createWorkflow(
  "customer-data.export.viewed_products",
  (input: SectionInput) =>
    new WorkflowResponse(
      collectEngagementStep({ customer_id: input.customer_id, section: "viewed_products" }).config({ name: "engagement-export-views" })
    )
)

export const exportWishlistSectionWorkflow = createWorkflow(
  "customer-data.export.wishlist",
  (input: SectionInput) =>
    new WorkflowResponse(
      collectEngagementStep({ customer_id: input.customer_id, section: "wishlist" }).config({ name: "engagement-export-wishlist" })
    )
)

export const exportPurchaseHistorySectionWorkflow = createWorkflow(
  "customer-data.export.purchase_history",
  (input: SectionInput) =>
    new WorkflowResponse(
      collectEngagementStep({ customer_id: input.customer_id, section: "purchase_history" }).config({
        name: "engagement-export-purchases",
      })
    )
)

export const exportTrackingConsentSectionWorkflow = createWorkflow(
  "customer-data.export.tracking_consent",
  (input: SectionInput) =>
    new WorkflowResponse(
      collectEngagementStep({ customer_id: input.customer_id, section: "tracking_consent" }).config({
        name: "engagement-export-consent",
      })
    )
)

/** One erasure for all four sections (idempotent: a second run finds nothing to delete). */
export const eraseEngagementSectionWorkflow = createWorkflow("customer-data.erase.engagement", (input: SectionInput) => {
  const result = eraseCustomerEngagementWorkflow.runAsStep({ input })
  return new WorkflowResponse(result)
})
