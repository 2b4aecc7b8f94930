import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandWorkflowEvents } from "../events"
import { ensureBrandNameAvailableStep } from "./steps/ensure-brand-name-available"
import { updateBrandStep } from "./steps/update-brand"
import type { UpdateBrandStepInput } from "./steps/update-brand"

export type UpdateBrandWorkflowInput = UpdateBrandStepInput

export const updateBrandWorkflow = createWorkflow("update-brand", (input: UpdateBrandWorkflowInput) => {
  when({ input }, ({ input }) => typeof input.name === "string").then(() => {
    ensureBrandNameAvailableStep(
      transform({ input }, ({ input }) => ({ name: input.name as string, exclude_id: input.id }))
    )
  })
  const brand = updateBrandStep(input)
  emitEventStep({
    eventName: BrandWorkflowEvents.UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  return new WorkflowResponse(brand)
})
