import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { refetchPaymentCollection } from "@medusajs/medusa/api/store/payment-collections/helpers"
import { handOver, leanPathSwitchedOff, type HandedOver, type LeanOutcome } from "../lib/lean-path"

/**
 * Which path answered a cart request: `lean`, or `medusa` with the reason the
 * lean path handed the request over. Operators and tests read it; it names
 * no data of the cart.
 */
export const CHECKOUT_PATH_HEADER = "x-shop-checkout-path"

export function markPath(res: MedusaResponse, outcome: LeanOutcome): void {
  res.setHeader(CHECKOUT_PATH_HEADER, outcome.done ? "lean" : `medusa; reason="${outcome.reason}"`)
}

/**
 * Runs a lean operation and names the path that answered. An error the
 * operation throws (out of stock, a declined card, …) is the lean path's
 * answer too: Medusa's error handler turns it into the same response.
 */
export async function runLean<T extends LeanOutcome>(
  res: MedusaResponse,
  operation: () => Promise<T>
): Promise<T | HandedOver> {
  if (leanPathSwitchedOff()) {
    const off = handOver("lean path switched off")
    markPath(res, off)
    return off
  }
  let outcome: T
  try {
    outcome = await operation()
  } catch (error) {
    markPath(res, { done: true })
    throw error
  }
  markPath(res, outcome)
  return outcome
}

/**
 * The cart as Medusa's route answers it: the requested fields through
 * Medusa's own refetch. A client that asks for the id only (`?fields=id`)
 * gets it without another query.
 */
export async function sendCart(
  req: Pick<MedusaRequest, "queryConfig" | "scope">,
  res: MedusaResponse,
  cartId: string
): Promise<void> {
  const fields = req.queryConfig.fields
  if (fields.length === 1 && fields[0] === "id") {
    res.status(200).json({ cart: { id: cartId } })
    return
  }
  const cart = await refetchCart(cartId, req.scope, fields)
  res.status(200).json({ cart })
}

/** A payment collection as Medusa's payment routes answer it (id only when that is all the client asked for). */
export async function sendPaymentCollection(
  req: Pick<MedusaRequest, "queryConfig" | "scope">,
  res: MedusaResponse,
  collectionId: string
): Promise<void> {
  const fields = req.queryConfig.fields
  if (fields.length === 1 && fields[0] === "id") {
    res.status(200).json({ payment_collection: { id: collectionId } })
    return
  }
  const paymentCollection = await refetchPaymentCollection(collectionId, req.scope, fields)
  res.status(200).json({ payment_collection: paymentCollection })
}
