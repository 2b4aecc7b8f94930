import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadBrand } from "../../lib/brand"
import { renderEmail } from "../../templates/render"
import type { RenderedEmail } from "../../templates/render"

export type RenderEmailStepInput = { template: string; props: Record<string, unknown> }

/** Validates the props and renders the mail (no writes, nothing to undo). */
export const renderEmailStep = createStep(
  "render-email",
  async (input: RenderEmailStepInput, { container }): Promise<StepResponse<RenderedEmail>> => {
    const brand = await loadBrand(container)
    return new StepResponse(await renderEmail(input.template, input.props, brand))
  }
)
