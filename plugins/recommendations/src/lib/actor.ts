import type { MedusaRequest } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The header the storefront forwards the `_shop_visitor` cookie in (see the engagement contract). */
export const VISITOR_HEADER = "x-shop-visitor"

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export type RequestActor = { customer_id: string | null; visitor_id: string | null }

type RequestWithAuth = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/** The logged-in customer (session or bearer) and the visitor id header; a malformed header is a 400. */
export function requestActor(req: MedusaRequest): RequestActor {
  const auth = (req as RequestWithAuth).auth_context
  const customerId = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  const header = req.headers[VISITOR_HEADER]
  let visitorId: string | null = null
  if (header !== undefined) {
    if (typeof header !== "string" || !UUID.test(header)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${VISITOR_HEADER}: must be a UUID v4`)
    }
    visitorId = header.toLowerCase()
  }
  return { customer_id: customerId, visitor_id: visitorId }
}

/** The actor key of the contract: the customer when logged in, else the visitor. */
export function actorKey(actor: RequestActor): string | null {
  if (actor.customer_id) return `customer:${actor.customer_id}`
  if (actor.visitor_id) return `visitor:${actor.visitor_id}`
  return null
}

let consentTableSeen = false

/**
 * Whether the actor allowed tracking, read from @shop/engagement's
 * `engagement_consent` (read-only, as the contract allows; its newest row
 * for the customer, else for the visitor, decides). Without the engagement
 * plugin there is no consent, so nothing is recorded.
 */
export async function hasTrackingConsent(req: MedusaRequest, actor: RequestActor): Promise<boolean> {
  if (!actor.customer_id && !actor.visitor_id) return false
  const knex: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (!consentTableSeen) {
    const { rows } = (await knex.raw(`select to_regclass('engagement_consent') is not null as present`)) as { rows: { present: boolean }[] }
    if (!rows[0]?.present) return false
    consentTableSeen = true
  }
  const { rows } = (await knex.raw(
    `select granted from engagement_consent
     where deleted_at is null
       and ((?::text is not null and customer_id = ?::text) or (?::text is not null and visitor_id = ?::text))
     order by coalesce(customer_id = ?::text, false) desc, updated_at desc
     limit 1`,
    [actor.customer_id, actor.customer_id, actor.visitor_id, actor.visitor_id, actor.customer_id]
  )) as { rows: { granted: boolean }[] }
  return rows[0]?.granted === true
}
