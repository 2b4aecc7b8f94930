import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ActorRef } from "../modules/engagement/service"

export const VISITOR_HEADER = "x-shop-visitor"

// A random UUID v4, as the storefront makes it for the `_shop_visitor` cookie.
const VISITOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

type RequestWithAuth = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/** The logged-in customer's id (session or bearer), or null. */
export function customerIdOf(req: MedusaRequest): string | null {
  const auth = (req as RequestWithAuth).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

export function isVisitorId(value: unknown): value is string {
  return typeof value === "string" && VISITOR_ID.test(value)
}

/**
 * The anonymous visitor id from `x-shop-visitor`, or null when the header is
 * absent. A header that is not a UUID v4 is a client error (400), so a
 * storefront bug shows instead of silently recording nothing.
 */
export function visitorIdOf(req: MedusaRequest): string | null {
  const raw = req.headers[VISITOR_HEADER]
  if (raw === undefined || raw === "") return null
  const value = (Array.isArray(raw) ? raw[0] : raw).trim().toLowerCase()
  if (!isVisitorId(value)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${VISITOR_HEADER}: must be a UUID v4`)
  }
  return value
}

/**
 * Who is acting: the customer when logged in, otherwise the visitor. Both ids
 * are returned when both are known (consent and merge need the visitor too).
 */
export function actorOf(req: MedusaRequest): ActorRef {
  return { customer_id: customerIdOf(req), visitor_id: visitorIdOf(req) }
}

/** The one actor interactions are recorded for: the customer wins over the visitor. */
export function trackedActor(ref: ActorRef): ActorRef | null {
  if (ref.customer_id) return { customer_id: ref.customer_id, visitor_id: null }
  if (ref.visitor_id) return { customer_id: null, visitor_id: ref.visitor_id }
  return null
}
