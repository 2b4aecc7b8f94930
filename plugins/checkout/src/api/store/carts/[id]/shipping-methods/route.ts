import { POST as addShippingMethodThroughMedusa } from "@medusajs/medusa/api/store/carts/[id]/shipping-methods/route"
import { addShippingMethodLean } from "../../../../../operations/add-shipping-method"
import { runLean, sendCart } from "../../../../respond"

/** Medusa's POST /store/carts/:id/shipping-methods, same contract, run leanly where it can be. */
export const POST = async (
  req: Parameters<typeof addShippingMethodThroughMedusa>[0],
  res: Parameters<typeof addShippingMethodThroughMedusa>[1]
) => {
  const body = req.validatedBody
  const options = Array.isArray(body) ? body : [body]
  const additionalData = Array.isArray(body) ? undefined : body.additional_data
  const outcome = await runLean(res, () => addShippingMethodLean(
    req.scope,
    req.params.id,
    options.map((option) => ({ option_id: option.option_id, data: option.data })),
    additionalData
  ))
  if (!outcome.done) return addShippingMethodThroughMedusa(req, res)
  await sendCart(req, res, req.params.id)
}
