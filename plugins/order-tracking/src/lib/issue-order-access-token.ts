import type { MedusaContainer } from "@medusajs/framework/types"
import { issueOrderAccessTokenWorkflow } from "../workflows/issue-order-access-token"
import { hashOrderAccessToken, newOrderAccessToken } from "./order-token"

/**
 * The event emitted after an order's access token is issued, with
 * `{ id: order_id, token }`. The order confirmation email listens to it to put
 * the guest's link (`?email=…&token=…`) into the email; the raw token exists
 * only in this event, the database keeps its hash.
 */
export const ORDER_ACCESS_TOKEN_ISSUED = "order.access_token_issued"

export type OrderAccessTokenIssued = { id: string; token: string }

/**
 * Issues a new access token for an order and returns it. A previous token of
 * the order stops working (use this to send a guest a fresh link).
 */
export async function issueOrderAccessToken(container: MedusaContainer, orderId: string): Promise<string> {
  const token = newOrderAccessToken()
  await issueOrderAccessTokenWorkflow(container).run({
    input: { order_id: orderId, token_hash: hashOrderAccessToken(token) },
  })
  return token
}
