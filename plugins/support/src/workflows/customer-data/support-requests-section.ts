import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportSupportRequests } from "../../lib/gdpr"
import { eraseCustomerSupportRequestsWorkflow } from "../erase-customer-support-requests"

// The support plugin's section of the customer's data export and erasure. The
// accounts plugin finds these workflows by id ("customer-data.<export|erase>.<section>"),
// so neither plugin imports the other.

type SectionInput = { customer_id: string }

const collectSupportRequestsStep = createStep(
  "collect-customer-support-requests",
  async (input: SectionInput, { container }) => new StepResponse(await exportSupportRequests(container, input.customer_id))
)

export const exportSupportRequestsSectionWorkflow = createWorkflow(
  "customer-data.export.support_requests",
  (input: SectionInput) => new WorkflowResponse(collectSupportRequestsStep(input))
)

export const eraseSupportRequestsSectionWorkflow = createWorkflow(
  "customer-data.erase.support_requests",
  (input: SectionInput) => {
    const result = eraseCustomerSupportRequestsWorkflow.runAsStep({ input })
    return new WorkflowResponse(result)
  }
)
