import type { MedusaContainer } from "@medusajs/framework/types"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import type { ConsentRow } from "../modules/engagement/service"

export type ConsentActor = { customer_id?: string | null; visitor_id?: string | null }

/**
 * The effective choice: the customer's own when they made one, else the
 * visitor's (a shopper who accepted before logging in), else null (not asked yet).
 */
export function effectiveConsent(rows: ConsentRow[], actor: ConsentActor): ConsentRow | null {
  const own = actor.customer_id ? rows.find((r) => r.customer_id === actor.customer_id) : undefined
  if (own) return own
  const visitor = actor.visitor_id ? rows.find((r) => r.visitor_id === actor.visitor_id) : undefined
  return visitor ?? null
}

/**
 * Whether the actor agreed to tracking. Exported for @shop/recommendations
 * (`@shop/engagement/lib/consent`): no choice means no.
 */
export async function hasTrackingConsent(container: MedusaContainer, actor: ConsentActor): Promise<boolean> {
  if (!actor.customer_id && !actor.visitor_id) return false
  const service: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  const rows = await service.findConsents({ customer_id: actor.customer_id ?? null, visitor_id: actor.visitor_id ?? null })
  return effectiveConsent(rows, actor)?.granted === true
}
