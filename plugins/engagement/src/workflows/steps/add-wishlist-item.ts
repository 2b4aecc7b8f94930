import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { engagementService } from "./resolve-engagement"

export type WishlistItemRow = { id: string; customer_id: string; product_id: string; created_at: Date }

/**
 * Puts the product on the customer's wishlist; a product already there stays
 * as it is (`created: false`). The partial unique index settles a race.
 */
export const addWishlistItemStep = createStep(
  "engagement-add-wishlist-item",
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const service = engagementService(container)
    const find = async () => (await service.listEngagementWishlistItems(input, { take: 1 }))[0] as WishlistItemRow | undefined
    const existing = await find()
    if (existing) return new StepResponse({ item: existing, created: false }, null)
    try {
      const item = (await service.createEngagementWishlistItems(input)) as WishlistItemRow
      return new StepResponse({ item, created: true }, item.id)
    } catch (error) {
      const raced = await find()
      if (raced) return new StepResponse({ item: raced, created: false }, null)
      throw error
    }
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    await engagementService(container).deleteEngagementWishlistItems([createdId])
  }
)
