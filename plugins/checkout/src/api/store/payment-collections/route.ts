import type { MedusaResponse } from "@medusajs/framework/http"
import { POST as createPaymentCollectionThroughMedusa } from "@medusajs/medusa/api/store/payment-collections/route"
import { paymentCollectionForCartLean } from "../../../operations/payment-collection"
import { runLean, sendPaymentCollection } from "../../respond"

/** Medusa's POST /store/payment-collections, same contract: the cart's payment collection, created leanly. */
export const POST = async (req: Parameters<typeof createPaymentCollectionThroughMedusa>[0], res: MedusaResponse) => {
  const outcome = await runLean(res, () => paymentCollectionForCartLean(req.scope, req.validatedBody.cart_id))
  if (!outcome.done || !outcome.payment_collection_id) return createPaymentCollectionThroughMedusa(req, res)
  await sendPaymentCollection(req, res, outcome.payment_collection_id)
}
