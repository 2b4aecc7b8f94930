import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseContributedSections } from "../../lib/personal-data"

/**
 * Runs the customer-data.erase.<section> workflows of other plugins first, so
 * a failing section stops the erasure before anything of ours changes. They
 * are idempotent by contract: there is nothing to compensate, a retry of the
 * erasure runs them again.
 */
export const eraseContributedDataStep = createStep(
  "erase-contributed-customer-data",
  async (input: { customer_id: string }, { container }) => {
    const sections = await eraseContributedSections(container, input.customer_id)
    return new StepResponse(sections)
  }
)
