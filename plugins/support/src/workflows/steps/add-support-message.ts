import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type { SupportStatus } from "../../modules/support/models/support-request"
import type { AddSupportMessageInput } from "../../modules/support/service"
import type SupportModuleService from "../../modules/support/service"

type Undo = {
  message_id: string
  request: {
    id: string
    status: SupportStatus
    last_message_at: Date
    merchant_unread_count: number
    customer_unread_count: number
  }
}

/** Adds a message and updates the request; compensation deletes the message and restores the request. */
export const addSupportMessageStep = createStep(
  "add-support-message",
  async (input: AddSupportMessageInput, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const before = await service.retrieveSupportRequest(input.request_id)
    const message = await service.addSupportMessage(input)
    const undo: Undo = {
      message_id: message.id,
      request: {
        id: before.id,
        status: before.status,
        last_message_at: before.last_message_at,
        merchant_unread_count: before.merchant_unread_count,
        customer_unread_count: before.customer_unread_count,
      },
    }
    return new StepResponse({ id: message.id }, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await service.deleteSupportMessages(undo.message_id)
    await service.updateSupportRequests(undo.request)
  }
)
