import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertOrderExistsStep } from "./steps/assert-order-exists"
import { upsertOrderAccessTokenStep } from "./steps/upsert-order-access-token"

export type IssueOrderAccessTokenInput = { order_id: string; token_hash: string }

/**
 * Records the access token of an order (by its hash; the raw token never
 * enters the workflow). Fails for an unknown order.
 */
export const issueOrderAccessTokenWorkflow = createWorkflow(
  "issue-order-access-token",
  (input: IssueOrderAccessTokenInput) => {
    assertOrderExistsStep({ order_id: input.order_id })
    const token = upsertOrderAccessTokenStep(input)
    return new WorkflowResponse(token)
  }
)
