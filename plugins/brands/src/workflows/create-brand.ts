import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandWorkflowEvents } from "../events"
import { createBrandStep } from "./steps/create-brand"
import type { CreateBrandStepInput } from "./steps/create-brand"
import { ensureBrandNameAvailableStep } from "./steps/ensure-brand-name-available"

export type CreateBrandWorkflowInput = CreateBrandStepInput

export const createBrandWorkflow = createWorkflow("create-brand", (input: CreateBrandWorkflowInput) => {
  ensureBrandNameAvailableStep({ name: input.name })
  const brand = createBrandStep(input)
  emitEventStep({
    eventName: BrandWorkflowEvents.CREATED,
    data: transform({ brand }, ({ brand }) => ({ id: brand.id })),
  })
  return new WorkflowResponse(brand)
})
