import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { republishAllProductRatings } from "../workflows/steps/publish-product-ratings"

/**
 * Every hour: the product index's copy of the ratings (`rating`,
 * `rating_count` in GET /api/v1/product/) is made equal to the reviews'
 * aggregates again. Every review change already copies its product's
 * aggregate as the last step of its workflow; this repairs a copy that was
 * lost outside those workflows.
 */
export default async function republishProductRatingsJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const copied = await republishAllProductRatings(container)
  logger.debug(`reviews: product ratings copied to the product index for ${copied} product(s)`)
}

export const config = {
  name: "republish-product-ratings",
  schedule: "41 * * * *",
}
