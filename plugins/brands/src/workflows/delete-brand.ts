import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandWorkflowEvents } from "../events"
import { deleteBrandStep } from "./steps/delete-brand"
import { ensureBrandUnusedStep } from "./steps/ensure-brand-unused"

export type DeleteBrandWorkflowInput = { id: string }

export const deleteBrandWorkflow = createWorkflow("delete-brand", (input: DeleteBrandWorkflowInput) => {
  ensureBrandUnusedStep(input.id)
  const id = deleteBrandStep(input.id)
  emitEventStep({
    eventName: BrandWorkflowEvents.DELETED,
    data: transform({ id }, ({ id }) => ({ id })),
  })
  return new WorkflowResponse(id)
})
