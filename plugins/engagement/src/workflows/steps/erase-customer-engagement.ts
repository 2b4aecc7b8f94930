import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { engagementService } from "./resolve-engagement"

/** Deletes for good everything held about the customer; compensation restores the snapshot. */
export const eraseCustomerEngagementStep = createStep(
  "engagement-erase-customer",
  async (input: { customer_id: string }, { container }) => {
    const service = engagementService(container)
    const snapshot = await service.snapshotCustomer(input.customer_id)
    const deleted = await service.eraseCustomer(input.customer_id)
    return new StepResponse({ deleted }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    await engagementService(container).restoreCustomer(snapshot)
  }
)
