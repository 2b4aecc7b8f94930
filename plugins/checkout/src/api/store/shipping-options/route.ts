import type { MedusaResponse } from "@medusajs/framework/http"
import { GET as listShippingOptionsThroughMedusa } from "@medusajs/medusa/api/store/shipping-options/route"
import { listShippingOptionsLean } from "../../../operations/list-shipping-options"
import { runLean } from "../../respond"

/**
 * Medusa's GET /store/shipping-options?cart_id=, same contract. Medusa's
 * route answers every option with all its relations whatever `fields` says; a
 * client that names only fields the lean listing computes (id, name, amount,
 * …) gets those, without the relations it did not ask for.
 */
export const GET = async (req: Parameters<typeof listShippingOptionsThroughMedusa>[0], res: MedusaResponse) => {
  const { cart_id: cartId, is_return: isReturn } = req.filterableFields
  const outcome = await runLean(res, () => listShippingOptionsLean(req.scope, cartId, req.queryConfig.fields, !!isReturn))
  if (!outcome.done) return listShippingOptionsThroughMedusa(req, res)
  res.json({ shipping_options: outcome.shipping_options })
}
