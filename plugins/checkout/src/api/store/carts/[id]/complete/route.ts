import { prepareRetrieveQuery } from "@medusajs/framework"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { POST as completeCartThroughMedusa } from "@medusajs/medusa/api/store/carts/[id]/complete/route"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { PAYMENT_ERROR_TYPES, completeCartLean } from "../../../../../operations/complete-cart"
import { runLean } from "../../../../respond"

/**
 * Medusa's POST /store/carts/:id/complete, same contract: an order, or, when
 * the payment is declined or needs the shopper (3-D Secure), the cart with
 * the reason and a 200 so the shopper can try again.
 */
export const POST = async (
  req: Parameters<typeof completeCartThroughMedusa>[0],
  // A client choosing `fields` gets part of the order, which Medusa's declared response type does not allow for.
  res: MedusaResponse
) => {
  const cartId = req.params.id
  let orderId: string
  try {
    const outcome = await runLean(res, () => completeCartLean(req.scope, cartId))
    if (!outcome.done) return completeCartThroughMedusa(req, res)
    orderId = outcome.order_id
  } catch (error) {
    if (!MedusaError.isMedusaError(error) || !PAYMENT_ERROR_TYPES.includes(error.type)) throw error
    const cartQuery = await prepareRetrieveQuery({}, { defaults: defaultStoreCartFields })
    const cart = await refetchCart(cartId, req.scope, cartQuery.remoteQueryConfig.fields)
    res.status(200).json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
    return
  }

  const fields = req.queryConfig.fields
  if (fields.length === 1 && fields[0] === "id") {
    res.status(200).json({ type: "order", order: { id: orderId } })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
  res.status(200).json({ type: "order", order: data[0] })
}
