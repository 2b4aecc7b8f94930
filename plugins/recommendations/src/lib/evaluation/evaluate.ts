import type { CatalogueFacts, PopularItem } from "../core/blend"
import { BLEND_WEIGHTS, blendForYou } from "../core/blend"
import type { RecommenderEvent } from "../core/events"
import { MemoryRecommender } from "../core/memory-recommender"
import { KIND_WEIGHT, WINDOW_SIZE, windowOf } from "../core/model"
import { seededRandom } from "../core/random"
import type { SyntheticShop } from "./synthetic-shop"

/**
 * Offline evaluation, leave-last-out: for every customer whose last
 * interaction is with a product they had not touched before, that product is
 * held out; everything else (their earlier history, everyone else's whole
 * history) trains the model. Each method ranks 10 products the customer has
 * not interacted with; a hit is the held-out product among them.
 */

export type MethodScore = { method: string; hr10: number; ndcg10: number; users: number }

const K = 10
const SEEDS = 20

export function evaluateShop(shop: SyntheticShop, seed = 7): MethodScore[] {
  const train: RecommenderEvent[] = []
  const tests: { actor: string; heldOut: string }[] = []
  for (const [actor, history] of shop.histories) {
    const last = history[history.length - 1]
    const earlier = history.slice(0, -1)
    const eligible = history.length >= 3 && !earlier.some((i) => i.product_id === last.product_id)
    const kept = eligible ? earlier : history
    if (eligible) tests.push({ actor, heldOut: last.product_id })
    kept.forEach((i, n) =>
      train.push({ type: "recorded", actor, product_id: i.product_id, kind: i.kind, occurred_at: i.at, source_id: `${actor}#${n}` })
    )
  }
  train.sort((a, b) => (a.type === "recorded" && b.type === "recorded" ? a.occurred_at - b.occurred_at : 0))

  const engine = new MemoryRecommender()
  for (const event of train) engine.apply(event, { rank: false })
  engine.rerankAll()

  // Per actor: what they touched and bought in training.
  const touched = new Map<string, Map<string, { weight: number; at: number }>>()
  const bought = new Map<string, Set<string>>()
  const counts = new Map<string, number>()
  for (const e of train) {
    if (e.type !== "recorded") continue
    let items = touched.get(e.actor)
    if (!items) touched.set(e.actor, (items = new Map()))
    const prev = items.get(e.product_id)
    items.set(e.product_id, { weight: Math.max(prev?.weight ?? 0, KIND_WEIGHT[e.kind]), at: Math.max(prev?.at ?? 0, e.occurred_at) })
    if (e.kind === "purchase") {
      let set = bought.get(e.actor)
      if (!set) bought.set(e.actor, (set = new Set()))
      set.add(e.product_id)
    }
    counts.set(e.product_id, (counts.get(e.product_id) ?? 0) + KIND_WEIGHT[e.kind])
  }
  const byPopularity = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id)
  const popular: PopularItem[] = byPopularity.slice(0, 300).map((product_id) => ({ product_id, reason: "bestseller" }))
  const facts = new Map<string, CatalogueFacts>(
    shop.products.map((p) => [p.id, { brand: p.brand, categories: [p.category], available: true, consumable: false }])
  )
  const allIds = shop.products.map((p) => p.id)
  const random = seededRandom(seed)

  const ours = (weights: typeof BLEND_WEIGHTS) => (actor: string) => {
      const items = touched.get(actor) ?? new Map()
      const window = windowOf(
        [...items].map(([product_id, v]) => ({ product_id, weight: v.weight, last_at: v.at })),
        WINDOW_SIZE
      )
      const seeds = [...items]
        .filter(([id]) => window.has(id))
        .sort((a, b) => b[1].at - a[1].at)
        .slice(0, SEEDS)
        .map(([product_id, v]) => ({ product_id, weight: v.weight }))
      const cf = new Map<string, number>()
      for (const s of seeds) {
        for (const n of engine.state.neighbours.get(s.product_id) ?? []) cf.set(n.product_id, (cf.get(n.product_id) ?? 0) + n.score * s.weight)
      }
      return blendForYou({
        seeds,
        cf: [...cf].map(([product_id, score]) => ({ product_id, score })),
        popular,
        // Leave-last-out asks for new products: everything touched is left out, like the store leaves out purchases.
        bought: new Set(items.keys()),
        facts: (id) => facts.get(id),
        limit: K,
        weights,
      }).map((r) => r.product_id)
  }

  const methods: Record<string, (actor: string, seen: Set<string>) => string[]> = {
    "ours: item-to-item CF + affinity + popularity": ours(BLEND_WEIGHTS),
    "ours without affinity (CF + popularity)": ours({ ...BLEND_WEIGHTS, affinity: 0 }),
    "affinity + popularity, no CF": ours({ ...BLEND_WEIGHTS, cf: 0 }),
    popularity: (_actor, seen) => byPopularity.filter((id) => !seen.has(id)).slice(0, K),
    random: (_actor, seen) => {
      const out = new Set<string>()
      while (out.size < K) {
        const id = allIds[Math.floor(random() * allIds.length)]
        if (!seen.has(id)) out.add(id)
      }
      return [...out]
    },
  }

  return Object.entries(methods).map(([method, recommend]) => {
    let hits = 0
    let ndcg = 0
    for (const test of tests) {
      const seen = new Set((touched.get(test.actor) ?? new Map()).keys())
      const list = recommend(test.actor, seen)
      const rank = list.indexOf(test.heldOut)
      if (rank >= 0) {
        hits++
        ndcg += 1 / Math.log2(rank + 2)
      }
    }
    return { method, hr10: hits / tests.length, ndcg10: ndcg / tests.length, users: tests.length }
  })
}
