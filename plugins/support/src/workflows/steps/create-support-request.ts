import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type { OpenSupportRequestInput } from "../../modules/support/service"
import type SupportModuleService from "../../modules/support/service"

/** Creates the request with its first message; compensation deletes both. */
export const createSupportRequestStep = createStep(
  "create-support-request",
  async (input: OpenSupportRequestInput, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const request = await service.openSupportRequest(input)
    return new StepResponse({ id: request.id }, request.id)
  },
  async (requestId: string | undefined, { container }) => {
    if (!requestId) return
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await service.deleteSupportRequests(requestId)
  }
)
