import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_DELIVERY_MODULE } from "../../modules/email-delivery"
import type EmailDeliveryModuleService from "../../modules/email-delivery/service"
import type { DeliveryAttachment } from "../../modules/email-delivery/service"
import { deliveryConfig } from "../../lib/config"

export type CreateEmailDeliveryStepInput = {
  template: string
  to: string
  subject: string
  html: string
  text: string
  attachments?: DeliveryAttachment[] | null
  reference?: string | null
  idempotency_key?: string | null
}

export type CreatedEmailDelivery = { id: string; created: boolean }

/**
 * Records the mail before any attempt, so a crash or a failed send leaves a
 * row the retry job finds. With an idempotency key that was seen before, the
 * existing delivery is returned and nothing is created.
 */
export const createEmailDeliveryStep = createStep(
  "create-email-delivery",
  async (input: CreateEmailDeliveryStepInput, { container }) => {
    const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
    const delivery = await service.recordDelivery({ ...input, max_attempts: deliveryConfig.maxAttempts })
    return new StepResponse<CreatedEmailDelivery, string | null>(delivery, delivery.created ? delivery.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
    await service.deleteEmailDeliveries(createdId)
  }
)
