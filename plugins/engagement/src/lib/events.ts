/**
 * The events this plugin emits (see /work/shared contract with
 * @shop/recommendations and the README). Emitted through Medusa's event bus
 * after the write committed; with REDIS_URL a worker process handles them.
 */
export const INTERACTION_RECORDED = "engagement.interaction.recorded"
export const INTERACTION_REMOVED = "engagement.interaction.removed"
export const ACTOR_MERGED = "engagement.actor.merged"
export const ACTOR_ERASED = "engagement.actor.erased"

export type InteractionKind = "view" | "wishlist" | "purchase"

export type InteractionRecorded = {
  actor: string
  customer_id: string | null
  visitor_id: string | null
  product_id: string
  kind: InteractionKind
  occurred_at: string
  source_id: string
}

export type InteractionRemoved = Omit<InteractionRecorded, "occurred_at">

export type ActorMerged = { from: string; to: string }

export type ActorErased = { actor: string }

export function customerActor(customerId: string): string {
  return `customer:${customerId}`
}

export function visitorActor(visitorId: string): string {
  return `visitor:${visitorId}`
}
