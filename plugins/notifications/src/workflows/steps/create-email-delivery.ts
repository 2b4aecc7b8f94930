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
    const findExisting = async () => {
      if (!input.idempotency_key) return null
      const [existing] = await service.listEmailDeliveries({ idempotency_key: input.idempotency_key }, { select: ["id"] })
      return existing ? new StepResponse<CreatedEmailDelivery, string | null>({ id: existing.id, created: false }, null) : null
    }
    const seen = await findExisting()
    if (seen) return seen
    const delivery = await service.createEmailDeliveries({
      template: input.template,
      to: input.to,
      subject: input.subject,
      html: input.html,
      text: input.text,
      attachments: input.attachments ? { items: input.attachments } : null,
      reference: input.reference ?? null,
      idempotency_key: input.idempotency_key ?? null,
      status: "pending",
      max_attempts: deliveryConfig.maxAttempts,
    }).catch(async (error: Error) => {
      // The same event handled twice at once: the unique key let one through.
      const raced = await findExisting()
      if (raced) return null
      throw error
    })
    if (!delivery) return (await findExisting())!
    return new StepResponse<CreatedEmailDelivery, string | null>({ id: delivery.id, created: true }, delivery.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
    await service.deleteEmailDeliveries(createdId)
  }
)
