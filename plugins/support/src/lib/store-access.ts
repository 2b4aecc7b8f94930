import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import { guestTokenMatches, SUPPORT_TOKEN_HEADER } from "./guest-token"
import type { SupportRequestRecord } from "./serialize"
import { MESSAGE_FIELDS, REQUEST_FIELDS } from "./serialize"

export function supportRequestNotFound(id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Support request with id: ${id} was not found`)
}

/**
 * The guest token, in the header `x-support-token` (the storefront page the
 * reply email links to takes it from its own URL and sends it as a header).
 */
export function guestTokenOf(req: MedusaRequest): string | undefined {
  const value = req.headers[SUPPORT_TOKEN_HEADER]
  return typeof value === "string" && value.length > 0 && value.length <= 256 ? value : undefined
}

/**
 * The support request when the caller may see it: the customer who opened
 * it, or — for a guest's request — whoever holds its token. Otherwise 404,
 * the same answer as for an id that does not exist.
 */
export async function findOwnSupportRequest(req: MedusaRequest, id: string, withMessages = false): Promise<SupportRequestRecord> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "support_request",
    fields: withMessages ? [...REQUEST_FIELDS, ...MESSAGE_FIELDS] : REQUEST_FIELDS,
    filters: { id },
  })
  const request = data[0] as SupportRequestRecord | undefined
  if (!request) {
    throw supportRequestNotFound(id)
  }
  const customerId = customerIdOf(req)
  const owns = customerId !== null && request.customer_id === customerId
  const guestWithToken = request.customer_id === null && guestTokenMatches(req.scope, request.id, guestTokenOf(req))
  if (!owns && !guestWithToken) {
    throw supportRequestNotFound(id)
  }
  return request
}
