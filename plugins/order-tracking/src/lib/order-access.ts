import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_MODULE } from "../modules/order-access"
import type OrderAccessModuleService from "../modules/order-access/service"

/**
 * Who may read an order: the customer it belongs to, or anyone holding the
 * proof from the order confirmation email — the order's email address plus
 * its access token. Everyone else is told the order does not exist (404), the
 * same answer as for an id that was never issued.
 */

export const ORDER_EMAIL_HEADER = "x-order-email"
export const ORDER_TOKEN_HEADER = "x-order-token"

export type OrderProof = { email: string; token: string }

export type AccessibleOrder = {
  id: string
  display_id: number | null
  email: string | null
  customer_id: string | null
}

type RequestWithAuth = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }

/** The logged-in customer's id, or null for a guest (or an identity without a customer yet). */
export function customerIdOf(req: MedusaRequest): string | null {
  const auth = (req as RequestWithAuth).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

function single(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 512 ? value : undefined
}

/**
 * The guest's proof, in the headers `x-order-email` + `x-order-token`. (Not in
 * the query: Medusa's own validation of GET /store/orders/:id refuses unknown
 * query parameters, and headers keep the token out of access logs. The
 * storefront page the confirmation email links to reads email and token from
 * its own URL and sends them as headers.)
 */
export function readOrderProof(req: MedusaRequest): OrderProof | null {
  const email = single(req.headers[ORDER_EMAIL_HEADER])
  const token = single(req.headers[ORDER_TOKEN_HEADER])
  return email && token ? { email, token } : null
}

function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase()
}

/** Reads an order (not a draft) by id, whoever asks. */
export async function loadOrder(scope: MedusaContainer, orderId: string): Promise<AccessibleOrder | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "is_draft_order"],
    filters: { id: orderId },
  })
  const order = data[0] as (AccessibleOrder & { is_draft_order?: boolean }) | undefined
  if (!order || order.is_draft_order) {
    return null
  }
  return { id: order.id, display_id: order.display_id ?? null, email: order.email ?? null, customer_id: order.customer_id ?? null }
}

/** True when the proof matches the order's email and current access token. */
export async function proofMatches(scope: MedusaContainer, order: AccessibleOrder, proof: OrderProof | null): Promise<boolean> {
  if (!proof || !sameEmail(order.email, proof.email)) {
    return false
  }
  const service: OrderAccessModuleService = scope.resolve(ORDER_ACCESS_MODULE)
  return service.verifyOrderAccessToken(order.id, proof.token)
}

/** The order when the caller owns it or proves access to it; null otherwise (answer 404). */
export async function findAccessibleOrder(
  scope: MedusaContainer,
  orderId: string,
  caller: { customerId: string | null; proof: OrderProof | null }
): Promise<AccessibleOrder | null> {
  const order = await loadOrder(scope, orderId)
  if (!order) {
    return null
  }
  if (caller.customerId && order.customer_id === caller.customerId) {
    return order
  }
  return (await proofMatches(scope, order, caller.proof)) ? order : null
}

export function orderNotFound(orderId: string): MedusaError {
  // Medusa's own wording for a missing order, so a stranger cannot tell the difference.
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
}

/**
 * Middleware: lets the request through only for the order's owner or a guest
 * with proof; everyone else gets 404. `orderIdOf` finds the order id in the
 * request (path parameter or body).
 */
export function requireOrderAccess(orderIdOf: (req: MedusaRequest) => unknown) {
  return async function orderAccessGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const orderId = orderIdOf(req)
    if (typeof orderId !== "string" || orderId.length === 0) {
      // Nothing to guard: Medusa's own validation answers the malformed request.
      return next()
    }
    try {
      const order = await findAccessibleOrder(req.scope, orderId, {
        customerId: customerIdOf(req),
        proof: readOrderProof(req),
      })
      return order ? next() : next(orderNotFound(orderId))
    } catch (error) {
      return next(error)
    }
  }
}

/**
 * Middleware for Medusa's order transfer request, whose answer contains the
 * whole order: a logged-in customer may claim an order placed with their own
 * email address, or one they hold the proof for. Anyone else gets 404.
 */
export function requireClaimableOrder() {
  return async function claimableOrderGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const orderId = req.params.id
    try {
      const order = await loadOrder(req.scope, orderId)
      const customerId = customerIdOf(req)
      if (!order || !customerId) {
        return next(orderNotFound(orderId))
      }
      if (order.customer_id === customerId || (await proofMatches(req.scope, order, readOrderProof(req)))) {
        return next()
      }
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
      const customer = data[0] as { email?: string | null } | undefined
      return sameEmail(customer?.email, order.email) ? next() : next(orderNotFound(orderId))
    } catch (error) {
      return next(error)
    }
  }
}
