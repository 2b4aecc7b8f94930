import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { engagementService } from "./resolve-engagement"

/** Takes a wishlist item off (soft delete, so the period stats still count the add). */
export const removeWishlistItemStep = createStep(
  "engagement-remove-wishlist-item",
  async (input: { id: string }, { container }) => {
    await engagementService(container).softDeleteEngagementWishlistItems([input.id])
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await engagementService(container).restoreEngagementWishlistItems([id])
  }
)
