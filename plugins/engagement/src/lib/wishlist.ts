import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import type { WishlistItemRef } from "../workflows/remove-from-wishlist"
import { customerIdOf } from "./actor"

export function notOnWishlist(productId: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} is not on your wishlist`)
}

/**
 * The caller's own wishlist entry for the product. Anyone else — another
 * customer, an anonymous caller — gets the same 404 as for a product that is
 * not on a wishlist at all.
 */
export async function findOwnWishlistItem(req: MedusaRequest, productId: string): Promise<WishlistItemRef> {
  const customerId = customerIdOf(req)
  if (!customerId) throw notOnWishlist(productId)
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const [item] = await service.listEngagementWishlistItems({ customer_id: customerId, product_id: productId }, { take: 1 })
  if (!item) throw notOnWishlist(productId)
  return { id: item.id, customer_id: item.customer_id, product_id: item.product_id }
}
