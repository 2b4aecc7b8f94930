import { z } from "@medusajs/framework/zod"
import type { RecommenderEvent } from "./core/events"
import { INTERACTION_KINDS } from "./core/model"

/**
 * The engagement plugin's events (see the engagement contract) and their
 * payloads, validated once at the edge: a malformed event is logged and
 * dropped instead of failing the subscriber over and over.
 */
export const ENGAGEMENT_EVENTS = {
  recorded: "engagement.interaction.recorded",
  removed: "engagement.interaction.removed",
  merged: "engagement.actor.merged",
  erased: "engagement.actor.erased",
} as const

const Actor = z.string().regex(/^(customer:cus_[A-Za-z0-9]+|visitor:[0-9a-fA-F-]{36})$/, "must be customer:<id> or visitor:<uuid>")
const Id = z.string().min(1).max(200)

const Recorded = z.object({
  actor: Actor,
  product_id: Id,
  kind: z.enum(INTERACTION_KINDS),
  occurred_at: z.string().refine((v) => !Number.isNaN(Date.parse(v)), "must be an ISO date"),
  source_id: Id,
})
const Removed = z.object({ actor: Actor, product_id: Id, kind: z.enum(INTERACTION_KINDS), source_id: Id })
const Merged = z.object({ from: Actor, to: Actor })
const Erased = z.object({ actor: Actor })

export type EngagementEventName = (typeof ENGAGEMENT_EVENTS)[keyof typeof ENGAGEMENT_EVENTS]

/** The recommender's event for an engagement event, or an error message. */
export function toRecommenderEvent(name: EngagementEventName, data: unknown): RecommenderEvent | { error: string } {
  const parse = <T>(schema: z.ZodType<T>): T | { error: string } => {
    const result = schema.safeParse(data)
    return result.success ? result.data : { error: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }
  }
  switch (name) {
    case ENGAGEMENT_EVENTS.recorded: {
      const d = parse(Recorded)
      return "error" in d ? d : { type: "recorded", ...d, occurred_at: Date.parse(d.occurred_at) }
    }
    case ENGAGEMENT_EVENTS.removed: {
      const d = parse(Removed)
      return "error" in d ? d : { type: "removed", ...d }
    }
    case ENGAGEMENT_EVENTS.merged: {
      const d = parse(Merged)
      return "error" in d ? d : { type: "merged", ...d }
    }
    case ENGAGEMENT_EVENTS.erased: {
      const d = parse(Erased)
      return "error" in d ? d : { type: "erased", ...d }
    }
  }
}
