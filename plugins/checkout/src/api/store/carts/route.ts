import { POST as createCartThroughMedusa } from "@medusajs/medusa/api/store/carts/route"
import { createCartLean } from "../../../operations/create-cart"
import { runLean, sendCart } from "../../respond"

/** Medusa's POST /store/carts, same contract; an empty cart is created leanly. */
export const POST = async (
  req: Parameters<typeof createCartThroughMedusa>[0],
  res: Parameters<typeof createCartThroughMedusa>[1]
) => {
  const outcome = await runLean(res, () => createCartLean(req.scope, req.validatedBody, req.auth_context?.actor_id))
  if (!outcome.done || !outcome.cart_id) return createCartThroughMedusa(req, res)
  await sendCart(req, res, outcome.cart_id)
}
