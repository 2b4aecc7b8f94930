import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDueReviewRequests } from "../lib/review-requests"

/** Every hour: the "how was your order?" emails that are due (see lib/review-requests.ts). */
export default async function sendReviewRequestsJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = await sendDueReviewRequests(container)
  if (run.sent.length) logger.info(`reviews: sent ${run.sent.length} review request email(s)`)
}

export const config = {
  name: "send-review-requests",
  schedule: "17 * * * *",
}
