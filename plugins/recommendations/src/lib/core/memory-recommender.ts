import type { RecommenderEvent, SourceRow } from "./events"
import { actorItemsOf, applyToSources, ERASED_ACTOR } from "./events"
import type { Neighbour, Window } from "./model"
import type { ActorState } from "./recommend"
import { byRecency, HISTORY_READ } from "./recommend"
import { CANDIDATES, NEIGHBOURS, rankNeighbours, splitPairKey, WINDOW_SIZE, windowDelta, windowOf } from "./model"

/** The sizes of the model; tests shrink them to reach evictions and cut-offs with few items. */
export type ModelSizes = { window: number; neighbours: number; candidates: number }
export const DEFAULT_SIZES: ModelSizes = { window: WINDOW_SIZE, neighbours: NEIGHBOURS, candidates: CANDIDATES }

export type RecommenderState = {
  windows: Map<string, Window>
  co: Map<string, Map<string, number>>
  norm2: Map<string, number>
  neighbours: Map<string, Neighbour[]>
}

function addCo(co: Map<string, Map<string, number>>, a: string, b: string, delta: number): void {
  let row = co.get(a)
  if (!row) co.set(a, (row = new Map()))
  const value = (row.get(b) ?? 0) + delta
  if (value === 0) row.delete(b)
  else row.set(b, value)
  if (row.size === 0) co.delete(a)
}

/**
 * The recommender in memory, updated per event with bounded work: an event
 * re-derives one or two actors' windows, adds the window's delta to the
 * co-occurrence sums and norms, and ranks again only the touched items.
 * Used by the property test (against `recompute`) and the offline evaluation.
 */
export class MemoryRecommender {
  readonly sources = new Map<string, SourceRow>()
  readonly state: RecommenderState = { windows: new Map(), co: new Map(), norm2: new Map(), neighbours: new Map() }
  private readonly sourcesOfActor = new Map<string, Set<string>>()

  constructor(readonly sizes: ModelSizes = DEFAULT_SIZES) {}

  /**
   * Applies one event; returns the items whose neighbours were ranked again.
   * A bulk load may skip the ranking (`rank: false`) and call rerankAll once.
   */
  apply(event: RecommenderEvent, options: { rank?: boolean } = {}): Set<string> {
    const before = new Map<string, string>()
    if (event.type === "removed" || event.type === "merged" || event.type === "erased") {
      const ids =
        event.type === "removed" ? [event.source_id] : [...(this.sourcesOfActor.get(event.type === "merged" ? event.from : event.actor) ?? [])]
      for (const id of ids) {
        const row = this.sources.get(id)
        if (row) before.set(id, row.actor)
      }
    }
    const actors = applyToSources(this.sources, event)
    // Keep the per-actor index in step with the rows that moved.
    if (event.type === "recorded" && actors.length) this.index(event.source_id, event.actor)
    if (event.type === "removed" && !before.has(event.source_id)) this.index(event.source_id, event.actor)
    for (const [id, previous] of before) {
      const now = this.sources.get(id)?.actor
      if (now !== undefined && now !== previous) {
        this.sourcesOfActor.get(previous)?.delete(id)
        this.index(id, now)
      }
    }
    const touched = new Set<string>()
    for (const actor of actors) {
      for (const item of this.refreshActor(actor)) touched.add(item)
    }
    if (options.rank !== false) this.rank(touched)
    return touched
  }

  /** The actor's history (most recent first, ≤ HISTORY_READ) and purchases: what the rails read in PostgreSQL. */
  actorState(actor: string): ActorState {
    const rows = [...(this.sourcesOfActor.get(actor) ?? [])].map((id) => this.sources.get(id) as SourceRow).filter((r) => r.actor === actor)
    const history = actorItemsOf(rows)
      .map((i) => ({ product_id: i.product_id, weight: i.weight, last_at: i.last_at }))
      .sort(byRecency)
      .slice(0, HISTORY_READ)
    const bought = new Set(rows.filter((r) => !r.removed && r.kind === "purchase").map((r) => r.product_id))
    return { history, bought }
  }

  /** Ranks every item again (what a full recomputation does for the neighbour lists). */
  rerankAll(): void {
    this.state.neighbours.clear()
    this.rank(new Set(this.state.norm2.keys()))
  }

  private index(sourceId: string, actor: string): void {
    if (actor === ERASED_ACTOR) return
    let set = this.sourcesOfActor.get(actor)
    if (!set) this.sourcesOfActor.set(actor, (set = new Set()))
    set.add(sourceId)
  }

  private refreshActor(actor: string): Set<string> {
    const rows = [...(this.sourcesOfActor.get(actor) ?? [])].map((id) => this.sources.get(id) as SourceRow)
    const after = windowOf(actorItemsOf(rows), this.sizes.window)
    const before = this.state.windows.get(actor) ?? new Map<string, number>()
    const delta = windowDelta(before, after)
    if (after.size) this.state.windows.set(actor, after)
    else this.state.windows.delete(actor)
    for (const [key, value] of delta.pairs) {
      const [a, b] = splitPairKey(key)
      addCo(this.state.co, a, b, value)
      addCo(this.state.co, b, a, value)
    }
    for (const [id, value] of delta.norms) {
      const norm = (this.state.norm2.get(id) ?? 0) + value
      if (norm === 0) this.state.norm2.delete(id)
      else this.state.norm2.set(id, norm)
    }
    return delta.touched
  }

  private rank(items: Set<string>): void {
    const norm2Of = (id: string) => this.state.norm2.get(id) ?? 0
    for (const id of items) {
      const list = rankNeighbours(norm2Of(id), this.state.co.get(id) ?? new Map(), norm2Of, this.sizes.neighbours, this.sizes.candidates)
      if (list.length) this.state.neighbours.set(id, list)
      else this.state.neighbours.delete(id)
    }
  }
}

/**
 * The reference: the whole state computed from scratch from the events (the
 * sources they leave, every actor's window, all pairs, all norms, every list).
 */
export function recompute(events: Iterable<RecommenderEvent>, sizes: ModelSizes = DEFAULT_SIZES): RecommenderState {
  const sources = new Map<string, SourceRow>()
  for (const event of events) applyToSources(sources, event)
  const byActor = new Map<string, SourceRow[]>()
  for (const row of sources.values()) {
    if (row.actor === ERASED_ACTOR) continue
    let list = byActor.get(row.actor)
    if (!list) byActor.set(row.actor, (list = []))
    list.push(row)
  }
  const state: RecommenderState = { windows: new Map(), co: new Map(), norm2: new Map(), neighbours: new Map() }
  for (const [actor, rows] of byActor) {
    const window = windowOf(actorItemsOf(rows), sizes.window)
    if (!window.size) continue
    state.windows.set(actor, window)
    const entries = [...window]
    for (const [a, wa] of entries) {
      state.norm2.set(a, (state.norm2.get(a) ?? 0) + wa * wa)
      for (const [b, wb] of entries) {
        if (a !== b) addCo(state.co, a, b, wa * wb)
      }
    }
  }
  const norm2Of = (id: string) => state.norm2.get(id) ?? 0
  for (const id of state.norm2.keys()) {
    const list = rankNeighbours(norm2Of(id), state.co.get(id) ?? new Map(), norm2Of, sizes.neighbours, sizes.candidates)
    if (list.length) state.neighbours.set(id, list)
  }
  return state
}
