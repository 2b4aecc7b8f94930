import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type { SupportStatus } from "../../modules/support/models/support-request"
import type SupportModuleService from "../../modules/support/service"

export type SupportRequestChanges = {
  status?: SupportStatus
  closed_at?: Date | null
  last_message_at?: Date
  merchant_unread_count?: number
  customer_unread_count?: number
}

export type UpdateSupportRequestStepInput = { id: string; changes: SupportRequestChanges }

const TRACKED: (keyof SupportRequestChanges)[] = [
  "status",
  "closed_at",
  "last_message_at",
  "merchant_unread_count",
  "customer_unread_count",
]

/** Updates a request's status, times or unread counters; compensation restores the previous values. */
export const updateSupportRequestStep = createStep(
  "update-support-request",
  async (input: UpdateSupportRequestStepInput, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const before = await service.retrieveSupportRequest(input.id)
    const previous: SupportRequestChanges = {}
    for (const key of TRACKED) {
      if (key in input.changes) {
        Object.assign(previous, { [key]: before[key] })
      }
    }
    const updated = await service.updateSupportRequests({ id: input.id, ...input.changes })
    return new StepResponse({ id: updated.id, status: updated.status }, { id: input.id, changes: previous })
  },
  async (undo: UpdateSupportRequestStepInput | undefined, { container }) => {
    if (!undo) return
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await service.updateSupportRequests({ id: undo.id, ...undo.changes })
  }
)
