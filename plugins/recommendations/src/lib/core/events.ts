import type { ActorItem, InteractionKind } from "./model"
import { KIND_WEIGHT } from "./model"

/**
 * The engagement events the recommender consumes (see the engagement
 * contract), reduced to what it needs. Times are epoch milliseconds.
 */
export type RecommenderEvent =
  | { type: "recorded"; actor: string; product_id: string; kind: InteractionKind; occurred_at: number; source_id: string }
  | { type: "removed"; actor: string; product_id: string; kind: InteractionKind; source_id: string }
  | { type: "merged"; from: string; to: string }
  | { type: "erased"; actor: string }

/** The actor an erased source is moved to: it no longer belongs to anybody and never counts again. */
export const ERASED_ACTOR = "erased"

export type SourceRow = {
  actor: string
  product_id: string
  kind: InteractionKind
  weight: number
  occurred_at: number
  removed: boolean
}

/**
 * Applies one event to the set of sources and returns the actors whose items
 * may have changed. The rules make every event idempotent:
 * - a source id is recorded once; a second `recorded` is ignored
 * - `removed` of an unknown source leaves a removed tombstone, so a late
 *   `recorded` of it is ignored too
 * - `merged` moves every source of `from` to `to` (nothing left to move the second time)
 * - `erased` moves the actor's sources to ERASED_ACTOR, removed
 */
export function applyToSources(sources: Map<string, SourceRow>, event: RecommenderEvent): string[] {
  switch (event.type) {
    case "recorded": {
      if (sources.has(event.source_id)) return []
      sources.set(event.source_id, {
        actor: event.actor,
        product_id: event.product_id,
        kind: event.kind,
        weight: KIND_WEIGHT[event.kind],
        occurred_at: event.occurred_at,
        removed: false,
      })
      return [event.actor]
    }
    case "removed": {
      const row = sources.get(event.source_id)
      if (!row) {
        sources.set(event.source_id, {
          actor: event.actor,
          product_id: event.product_id,
          kind: event.kind,
          weight: KIND_WEIGHT[event.kind],
          occurred_at: 0,
          removed: true,
        })
        return []
      }
      if (row.removed) return []
      row.removed = true
      return [row.actor]
    }
    case "merged": {
      if (event.from === event.to) return []
      let moved = false
      for (const row of sources.values()) {
        if (row.actor === event.from) {
          row.actor = event.to
          moved = true
        }
      }
      return moved ? [event.from, event.to] : []
    }
    case "erased": {
      let erased = false
      for (const row of sources.values()) {
        if (row.actor === event.actor) {
          row.actor = ERASED_ACTOR
          row.removed = true
          erased = true
        }
      }
      return erased ? [event.actor] : []
    }
  }
}

/** Per product the max weight and the latest time of the active sources. */
export function actorItemsOf(rows: Iterable<SourceRow>): ActorItem[] {
  const items = new Map<string, ActorItem>()
  for (const row of rows) {
    if (row.removed) continue
    const item = items.get(row.product_id)
    if (!item) {
      items.set(row.product_id, { product_id: row.product_id, weight: row.weight, last_at: row.occurred_at })
    } else {
      item.weight = Math.max(item.weight, row.weight)
      item.last_at = Math.max(item.last_at, row.occurred_at)
    }
  }
  return [...items.values()]
}
