import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { engagementService } from "./resolve-engagement"

type Input = { visitor_id: string; customer_id: string }
type Undo = { visitor_id: string; view_ids: string[]; consent_id: string | null }

/** Moves a visitor's views (and consent choice, if the customer has none) to the customer. */
export const mergeVisitorStep = createStep(
  "engagement-merge-visitor",
  async (input: Input, { container }) => {
    const result = await engagementService(container).mergeVisitorIntoCustomer(input)
    return new StepResponse({ merged_views: result.view_ids.length }, { visitor_id: input.visitor_id, ...result })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    await engagementService(container).unmergeVisitor(undo)
  }
)
