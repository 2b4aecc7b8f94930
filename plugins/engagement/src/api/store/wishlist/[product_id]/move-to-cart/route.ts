import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerIdOf } from "../../../../../lib/actor"
import { publishedProducts } from "../../../../../lib/products"
import { findOwnWishlistItem } from "../../../../../lib/wishlist"
import { moveWishlistItemToCartWorkflow } from "../../../../../workflows/move-wishlist-item-to-cart"
import type { StoreMoveWishlistItemToCartType } from "../../../../validators"

type CartRecord = { id: string; customer_id: string | null; completed_at: string | null }

/**
 * POST /store/wishlist/:product_id/move-to-cart { cart_id, variant_id?, quantity? }
 * — adds the product to the cart and takes it off the wishlist. The cart must
 * be the customer's (or not yet anyone's); `variant_id` is needed when the
 * product has several variants.
 */
export const POST = async (req: MedusaRequest<StoreMoveWishlistItemToCartType>, res: MedusaResponse) => {
  const item = await findOwnWishlistItem(req, req.params.product_id)
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at"],
    filters: { id: body.cart_id },
  })
  const cart = carts[0] as CartRecord | undefined
  if (!cart || (cart.customer_id !== null && cart.customer_id !== customerIdOf(req))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${body.cart_id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `cart_id: cart ${body.cart_id} is already completed`)
  }

  const product = (await publishedProducts(req.scope, [item.product_id])).get(item.product_id)
  if (!product || product.variants.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: ${item.product_id} is no longer for sale`)
  }
  let variantId = body.variant_id
  if (variantId === undefined) {
    if (product.variants.length > 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "variant_id: is required, the product has several variants")
    }
    variantId = product.variants[0].id
  } else if (!product.variants.some((v) => v.id === variantId)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: ${variantId} is not a variant of ${item.product_id}`)
  }

  await moveWishlistItemToCartWorkflow(req.scope).run({
    input: { item, cart_id: cart.id, variant_id: variantId, quantity: body.quantity },
  })
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.product_id"],
    filters: { id: cart.id },
  })
  res.json({ cart: data[0], product_id: item.product_id, moved: true })
}
