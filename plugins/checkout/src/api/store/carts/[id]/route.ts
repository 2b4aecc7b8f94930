import { POST as updateCartThroughMedusa } from "@medusajs/medusa/api/store/carts/[id]/route"
import { updateCartLean } from "../../../../operations/update-cart"
import { runLean, sendCart } from "../../../respond"

/** Medusa's POST /store/carts/:id, same contract; email, address and metadata changes run leanly. */
export const POST = async (
  req: Parameters<typeof updateCartThroughMedusa>[0],
  res: Parameters<typeof updateCartThroughMedusa>[1]
) => {
  const outcome = await runLean(res, () => updateCartLean(req.scope, req.params.id, req.validatedBody))
  if (!outcome.done) return updateCartThroughMedusa(req, res)
  await sendCart(req, res, req.params.id)
}
