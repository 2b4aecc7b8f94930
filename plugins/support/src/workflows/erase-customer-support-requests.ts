import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerSupportRequestsStep } from "./steps/delete-customer-support-requests"

/** Erases a customer's support requests and messages (account erasure). */
export const eraseCustomerSupportRequestsWorkflow = createWorkflow(
  "erase-customer-support-requests",
  (input: { customer_id: string }) => {
    const result = deleteCustomerSupportRequestsStep(input)
    return new WorkflowResponse(result)
  }
)
