import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliveryConfig } from "../lib/config"
import { EMAIL_DELIVERY_MODULE } from "../modules/email-delivery"
import type EmailDeliveryModuleService from "../modules/email-delivery/service"
import { retryEmailDeliveryWorkflow } from "../workflows/retry-email-delivery"

const BATCH = 50

/** Gives every mail whose retry is due one more attempt (backoff is in the delivery's next_attempt_at). */
export default async function retryEmailDeliveriesJob(container: MedusaContainer): Promise<void> {
  const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let ids: string[]
  try {
    ids = await service.listDueDeliveryIds(BATCH)
  } catch (error) {
    // A database hiccup: the next poll tries again.
    logger.warn(`retry-email-deliveries: could not list due mails: ${error instanceof Error ? error.message : String(error)}`)
    return
  }
  for (const id of ids) {
    await retryEmailDeliveryWorkflow(container).run({ input: { id } })
  }
}

export const config = {
  name: "retry-email-deliveries",
  schedule: { interval: deliveryConfig.pollSeconds * 1000 },
}
