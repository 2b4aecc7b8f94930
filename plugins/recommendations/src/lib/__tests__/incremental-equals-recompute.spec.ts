import type { RecommenderState } from "../core/memory-recommender"
import { MemoryRecommender, recompute } from "../core/memory-recommender"
import type { ModelSizes } from "../core/memory-recommender"
import { randomEventStream } from "../core/random-events"

// Small sizes so that a few hundred events reach every branch: windows that
// evict, candidate cut-offs, ties, lists shorter and longer than k.
const SMALL: ModelSizes = { window: 6, neighbours: 3, candidates: 5 }

function sorted<V>(map: Map<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

function sums(state: RecommenderState) {
  return {
    windows: sorted(state.windows).map(([actor, w]) => [actor, sorted(w)]),
    co: sorted(state.co).map(([item, row]) => [item, sorted(row)]),
    norm2: sorted(state.norm2),
  }
}

function listsOf(state: RecommenderState, items?: Iterable<string>) {
  const ids = items ? [...items].sort() : [...state.neighbours.keys()].sort()
  return ids.map((id) => [id, (state.neighbours.get(id) ?? []).map((n) => `${n.product_id}@${n.score.toFixed(12)}`)])
}

describe("incremental recommender = full recomputation (seeded random event streams)", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("after every event of stream %i, in small sizes", (seed) => {
    const events = randomEventStream({ seed, events: 260, products: 14, visitors: 5, customers: 3 })
    const engine = new MemoryRecommender(SMALL)
    for (let n = 0; n < events.length; n++) {
      const touched = engine.apply(events[n])
      const reference = recompute(events.slice(0, n + 1), SMALL)
      expect(sums(engine.state)).toEqual(sums(reference))
      // The items an event touched are ranked exactly as from scratch.
      expect(listsOf(engine.state, touched)).toEqual(listsOf(reference, touched))
    }
    engine.rerankAll()
    expect(listsOf(engine.state)).toEqual(listsOf(recompute(events, SMALL)))
  })

  it.each([11, 12, 13])("at the end of a long stream %i, in the default sizes", (seed) => {
    const events = randomEventStream({ seed, events: 5000, products: 120, visitors: 10, customers: 8, eraseShare: 0.001 })
    const engine = new MemoryRecommender()
    for (const event of events) engine.apply(event)
    const reference = recompute(events)
    expect(sums(engine.state)).toEqual(sums(reference))
    // Some windows are full, so evictions happened.
    expect(Math.max(...[...reference.windows.values()].map((w) => w.size))).toBe(50)
    engine.rerankAll()
    expect(listsOf(engine.state)).toEqual(listsOf(reference))
  })

  it("handling any event twice changes nothing", () => {
    const events = randomEventStream({ seed: 21, events: 400, products: 20, visitors: 6, customers: 3 })
    const once = new MemoryRecommender(SMALL)
    const twice = new MemoryRecommender(SMALL)
    for (const event of events) {
      once.apply(event)
      twice.apply(event)
      twice.apply(event)
    }
    once.rerankAll()
    twice.rerankAll()
    expect(sums(twice.state)).toEqual(sums(once.state))
    expect(listsOf(twice.state)).toEqual(listsOf(once.state))
  })

  it("weights purchase 3 > wishlist 2 > view 1 and keeps the max per item", () => {
    const engine = new MemoryRecommender()
    const at = 1_700_000_000_000
    engine.apply({ type: "recorded", actor: "visitor:a", product_id: "p1", kind: "view", occurred_at: at, source_id: "s1" })
    engine.apply({ type: "recorded", actor: "visitor:a", product_id: "p2", kind: "purchase", occurred_at: at, source_id: "s2" })
    engine.apply({ type: "recorded", actor: "visitor:a", product_id: "p1", kind: "wishlist", occurred_at: at, source_id: "s3" })
    expect(engine.state.co.get("p1")?.get("p2")).toBe(6)
    expect(engine.state.norm2.get("p1")).toBe(4)
    engine.apply({ type: "removed", actor: "visitor:a", product_id: "p1", kind: "wishlist", source_id: "s3" })
    expect(engine.state.co.get("p1")?.get("p2")).toBe(3)
    engine.apply({ type: "merged", from: "visitor:a", to: "customer:c" })
    expect(engine.state.windows.get("customer:c")).toEqual(new Map([["p1", 1], ["p2", 3]]))
    expect(engine.state.windows.has("visitor:a")).toBe(false)
    engine.apply({ type: "erased", actor: "customer:c" })
    expect(engine.state.co.size).toBe(0)
    expect(engine.state.norm2.size).toBe(0)
    expect(engine.state.neighbours.size).toBe(0)
  })
})
