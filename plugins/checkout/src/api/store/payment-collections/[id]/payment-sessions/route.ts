import type { MedusaResponse } from "@medusajs/framework/http"
import { POST as createPaymentSessionThroughMedusa } from "@medusajs/medusa/api/store/payment-collections/[id]/payment-sessions/route"
import { createPaymentSessionLean } from "../../../../../operations/payment-collection"
import { runLean, sendPaymentCollection } from "../../../../respond"

/**
 * Medusa's POST /store/payment-collections/:id/payment-sessions, same
 * contract; a guest's session is opened leanly. The card data arrive here
 * already exchanged for a processor token (plugins/payment-mock middleware).
 */
export const POST = async (req: Parameters<typeof createPaymentSessionThroughMedusa>[0], res: MedusaResponse) => {
  const { provider_id, data } = req.body
  const outcome = await runLean(res, () => createPaymentSessionLean(req.scope, req.params.id, {
    provider_id,
    data,
    customer_id: req.auth_context?.actor_id,
  }))
  if (!outcome.done) return createPaymentSessionThroughMedusa(req, res)
  await sendPaymentCollection(req, res, req.params.id)
}
