import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_MODULE } from "../modules/order-access"
import type OrderAccessModuleService from "../modules/order-access/service"
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
 * the order stops working (use this to send a guest a fresh link). Fails for
 * an unknown order.
 *
 * Runs for every placed order, so it is two parameterised statements (does
 * the order exist, store the hash) rather than the issue-order-access-token
 * workflow, whose Query read and step bookkeeping cost ~15 ms of CPU for one
 * single-row write that needs no compensation.
 */
export async function issueOrderAccessToken(container: MedusaContainer, orderId: string): Promise<string> {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw<{ rows: { id: string }[] }>(`select "id" from "order" where "id" = ? and "deleted_at" is null`, [
    orderId,
  ])
  if (!rows[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const token = newOrderAccessToken()
  const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
  await service.replaceOrderAccessToken(orderId, hashOrderAccessToken(token))
  return token
}
