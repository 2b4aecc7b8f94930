import type { CatalogueFacts, PopularItem } from "../core/blend"
import type { RecommenderEvent } from "../core/events"
import type { ModelSizes } from "../core/memory-recommender"
import { DEFAULT_SIZES, MemoryRecommender } from "../core/memory-recommender"
import type { InteractionKind } from "../core/model"
import { KIND_WEIGHT } from "../core/model"
import { seededRandom } from "../core/random"
import type { RecommendSettings } from "../core/recommend"
import { recommendForYou, SHIPPED_SETTINGS } from "../core/recommend"
import type { SyntheticShop } from "./synthetic-shop"

/**
 * Offline evaluation, temporal leave-last-out: per user, the last interaction
 * (or the last five: `holdOut`) is held out when it is with products the user
 * had not touched before; everything earlier, and every other user's whole
 * history, trains the model. The validation split holds out the
 * second-to-last item instead (and drops the last): settings are chosen
 * there, never on the test split.
 *
 * "Ours" is what the store ships: `recommendForYou` (lib/core/recommend.ts,
 * the function behind GET /store/recommendations/for-you) with
 * SHIPPED_SETTINGS, on the in-memory engine that equals the PostgreSQL one,
 * with its own seen-item policy. Baselines rank all items the user has not
 * touched.
 */

export type Interaction = { product_id: string; kind: InteractionKind; at: number }
export type Dataset = {
  products: readonly { id: string; brand: string | null; categories: readonly string[] }[]
  /** actor → interactions in time order */
  histories: ReadonlyMap<string, readonly Interaction[]>
}

export type Split = {
  train: RecommenderEvent[]
  /** per test user, the held-out products (new to them) */
  tests: { actor: string; heldOut: string[] }[]
}

export const K = 10

/**
 * Splits the data. `holdOut` last items are held out (1: leave-last-out, 5:
 * last-5); `validation` drops the last `holdOut` items first and holds out the
 * ones before. A user takes part with ≥ 3 training items and ≥ 1 held-out
 * product they had not touched in training.
 */
export function splitData(data: Dataset, options: { holdOut: number; validation: boolean }): Split {
  const train: (RecommenderEvent & { type: "recorded" })[] = []
  const tests: Split["tests"] = []
  for (const [actor, full] of data.histories) {
    const history = options.validation ? full.slice(0, Math.max(0, full.length - options.holdOut)) : full
    const cut = history.length - options.holdOut
    const earlier = history.slice(0, Math.max(0, cut))
    const seen = new Set(earlier.map((i) => i.product_id))
    const heldOut = [...new Set(history.slice(Math.max(0, cut)).map((i) => i.product_id))].filter((id) => !seen.has(id))
    const eligible = earlier.length >= 3 && heldOut.length > 0
    const kept = eligible ? earlier : history
    if (eligible) tests.push({ actor, heldOut })
    kept.forEach((i, n) =>
      train.push({ type: "recorded", actor, product_id: i.product_id, kind: i.kind, occurred_at: i.at, source_id: `${actor}#${n}` })
    )
  }
  train.sort((a, b) => a.occurred_at - b.occurred_at || (a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 : 0))
  return { train, tests }
}

/** The in-memory engine after the training events (bulk: ranked once at the end). */
export function trainEngine(split: Split, sizes: ModelSizes = DEFAULT_SIZES): MemoryRecommender {
  const engine = new MemoryRecommender(sizes)
  for (const event of split.train) engine.apply(event, { rank: false })
  engine.rerankAll()
  return engine
}

/** Per actor the products touched in training (what baselines must not recommend). */
export function seenInTraining(split: Split): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>()
  for (const e of split.train) {
    if (e.type !== "recorded") continue
    let set = seen.get(e.actor)
    if (!set) seen.set(e.actor, (set = new Set()))
    set.add(e.product_id)
  }
  return seen
}

/** Products by weighted training interactions, most first (ties by id). */
export function popularityOrder(split: Split): string[] {
  const counts = new Map<string, number>()
  for (const e of split.train) if (e.type === "recorded") counts.set(e.product_id, (counts.get(e.product_id) ?? 0) + KIND_WEIGHT[e.kind])
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id)
}

export type Recommend = (actor: string, seen: ReadonlySet<string>) => string[]

/** Our shipped recommender on the trained engine ("for you", the store's code path). */
export function oursMethod(data: Dataset, split: Split, engine: MemoryRecommender, settings: RecommendSettings = SHIPPED_SETTINGS): Recommend {
  // The store's popularity ranking is recent bestsellers and trending items; offline, the training counts.
  const popular: PopularItem[] = popularityOrder(split)
    .slice(0, 300)
    .map((product_id) => ({ product_id, reason: "bestseller" }))
  const facts = new Map<string, CatalogueFacts>(
    data.products.map((p) => [p.id, { brand: p.brand, categories: p.categories, available: true, consumable: false }])
  )
  return (actor) =>
    recommendForYou({
      actor: engine.actorState(actor),
      neighbours: (id) => engine.state.neighbours.get(id) ?? [],
      popular,
      facts: (id) => facts.get(id),
      limit: K,
      settings,
    }).map((r) => r.product_id)
}

export function popularityMethod(split: Split): Recommend {
  const order = popularityOrder(split)
  return (_actor, seen) => {
    const out: string[] = []
    for (const id of order) {
      if (out.length >= K) break
      if (!seen.has(id)) out.push(id)
    }
    return out
  }
}

/** K products drawn uniformly from those the user has not touched (all of them when fewer remain). */
export function randomUnseen(all: readonly string[], seen: ReadonlySet<string>, k: number, random: () => number): string[] {
  const pool = all.filter((id) => !seen.has(id))
  const n = Math.min(k, pool.length)
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    const swap = pool[i]
    pool[i] = pool[j]
    pool[j] = swap
  }
  return pool.slice(0, n)
}

export function randomMethod(data: Dataset, seed = 7): Recommend {
  const all = data.products.map((p) => p.id)
  const random = seededRandom(seed)
  return (_actor, seen) => randomUnseen(all, seen, K, random)
}

/** Per test user: hit (any held-out product in the top K) and NDCG@K with the held-out products as the relevant ones. */
export function scoreUsers(split: Split, recommend: Recommend): { hits: Float64Array; ndcg: Float64Array } {
  const seen = seenInTraining(split)
  const hits = new Float64Array(split.tests.length)
  const ndcg = new Float64Array(split.tests.length)
  split.tests.forEach((test, u) => {
    const list = recommend(test.actor, seen.get(test.actor) ?? new Set()).slice(0, K)
    const relevant = new Set(test.heldOut)
    let dcg = 0
    list.forEach((id, rank) => {
      if (relevant.has(id)) dcg += 1 / Math.log2(rank + 2)
    })
    let ideal = 0
    for (let rank = 0; rank < Math.min(relevant.size, K); rank++) ideal += 1 / Math.log2(rank + 2)
    hits[u] = dcg > 0 ? 1 : 0
    ndcg[u] = dcg / ideal
  })
  return { hits, ndcg }
}

export type Interval = { mean: number; low: number; high: number }

/** Mean and 95 % percentile bootstrap interval over users (seeded resampling). */
export function bootstrap(values: Float64Array, resamples = 1000, seed = 11): Interval {
  const n = values.length
  if (!n) return { mean: 0, low: 0, high: 0 }
  const mean = values.reduce((s, v) => s + v, 0) / n
  const random = seededRandom(seed)
  const means = new Float64Array(resamples)
  for (let r = 0; r < resamples; r++) {
    let sum = 0
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)]
    means[r] = sum / n
  }
  means.sort()
  return { mean, low: means[Math.floor(0.025 * resamples)], high: means[Math.min(resamples - 1, Math.floor(0.975 * resamples))] }
}

export type MethodScore = { method: string; hr10: number; ndcg10: number; users: number; hrInterval: Interval; ndcgInterval: Interval }

export function scoreMethod(method: string, split: Split, recommend: Recommend): MethodScore {
  const { hits, ndcg } = scoreUsers(split, recommend)
  const hrInterval = bootstrap(hits)
  const ndcgInterval = bootstrap(ndcg)
  return { method, hr10: hrInterval.mean, ndcg10: ndcgInterval.mean, users: split.tests.length, hrInterval, ndcgInterval }
}

export function shopDataset(shop: SyntheticShop): Dataset {
  return {
    products: shop.products.map((p) => ({ id: p.id, brand: p.brand, categories: [p.category] })),
    histories: new Map([...shop.histories].map(([actor, h]) => [actor, h.map((i) => ({ product_id: i.product_id, kind: i.kind, at: i.at }))])),
  }
}

export const OURS = "ours (shipped settings)"

/** The synthetic shop's smoke check: ours as shipped, an ablation, the seen-item policy, popularity and random (leave-last-out). */
export function evaluateShop(shop: SyntheticShop, seed = 7): MethodScore[] {
  const data = shopDataset(shop)
  const split = splitData(data, { holdOut: 1, validation: false })
  const engine = trainEngine(split)
  return [
    scoreMethod(OURS, split, oursMethod(data, split, engine)),
    scoreMethod("ours without affinity", split, oursMethod(data, split, engine, { ...SHIPPED_SETTINGS, weights: { ...SHIPPED_SETTINGS.weights, affinity: 0 } })),
    scoreMethod("ours, viewed items may return", split, oursMethod(data, split, engine, { ...SHIPPED_SETTINGS, repeatViewed: true })),
    scoreMethod("popularity", split, popularityMethod(split)),
    scoreMethod("random", split, randomMethod(data, seed)),
  ]
}
