import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOwnWishlistItem } from "../../../../lib/wishlist"
import { removeFromWishlistWorkflow } from "../../../../workflows/remove-from-wishlist"

/** DELETE /store/wishlist/:product_id — takes the product off the caller's wishlist; 404 when it is not on it. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const item = await findOwnWishlistItem(req, req.params.product_id)
  await removeFromWishlistWorkflow(req.scope).run({ input: item })
  res.json({ product_id: item.product_id, object: "wishlist_item", deleted: true })
}
