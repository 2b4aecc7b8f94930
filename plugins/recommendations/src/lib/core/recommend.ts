/**
 * What the two rails show, decided in one place: the store routes (state read
 * from PostgreSQL) and the offline evaluation (state from the in-memory
 * engine) both call these functions with the same SHIPPED_SETTINGS, so what
 * the evaluation measures is what shoppers get.
 *
 *   history     the actor's items, most recent first (weight = max of its
 *               kinds, see model.ts), at most HISTORY_READ of them
 *   seeds       the first `settings.seeds` of the history: the query; each
 *               weighs weight · 0.5^(position / seedHalfLife) (recent first)
 *   CF          Σ over seeds of seed weight · cosine, over the seeds'
 *               neighbour lists; the `cfCandidates` best
 *   excluded    the seen-item policy: bought products never (unless
 *               consumable); products in the history (viewed, wishlisted)
 *               only when `repeatViewed` (off: the bench measures it costs)
 */
import type { CatalogueFacts, PopularItem, Recommendation } from "./blend"
import { BLEND_WEIGHTS, blendForYou } from "./blend"
import type { Neighbour } from "./model"
import { compareIds, topK } from "./model"

/** The most recent items read per actor: bounds the read and the exclusion set of one answer. */
export const HISTORY_READ = 200

export type RecommendSettings = {
  /** the history's first N items query the neighbour lists */
  seeds: number
  /** a seed's weight halves every this many positions back (Infinity: no decay) */
  seedHalfLife: number
  /** CF candidates kept for the blend */
  cfCandidates: number
  /** head of the popularity ranking blended in */
  popularCandidates: number
  weights: typeof BLEND_WEIGHTS
  /** may products the actor viewed or wishlisted (not bought) come back? */
  repeatViewed: boolean
}

/**
 * The settings the store ships. Chosen on the validation split (each user's
 * second-to-last item) of the real data in bench/ (see the README), never on
 * the test split.
 */
export const SHIPPED_SETTINGS: RecommendSettings = {
  // The 10 most recent items, each weighing half as much three positions further back: on
  // MovieLens' validation split this beat 20 undecayed seeds (the previous setting) clearly.
  seeds: 10,
  seedHalfLife: 3,
  cfCandidates: 100,
  popularCandidates: 100,
  weights: BLEND_WEIGHTS,
  repeatViewed: false,
}

export type HistoryItem = { product_id: string; weight: number; last_at: number }

/** An actor's state as both engines read it. */
export type ActorState = {
  /** most recent first (ties by product id), ≤ HISTORY_READ */
  history: readonly HistoryItem[]
  /** products with an active purchase */
  bought: ReadonlySet<string>
}

/** The order the history is kept in (the SQL reads `order by last_at desc, product_id collate "C"`). */
export function byRecency(a: HistoryItem, b: HistoryItem): number {
  return b.last_at - a.last_at || compareIds(a.product_id, b.product_id)
}

export function seedsOf(history: readonly HistoryItem[], settings: RecommendSettings): { product_id: string; weight: number }[] {
  return history.slice(0, settings.seeds).map((item, position) => ({
    product_id: item.product_id,
    weight: Number.isFinite(settings.seedHalfLife) ? item.weight * Math.pow(0.5, position / settings.seedHalfLife) : item.weight,
  }))
}

/** The `cfCandidates` best neighbours of the seeds by Σ seed weight · cosine (ties by id). */
export function cfOf(
  seeds: readonly { product_id: string; weight: number }[],
  neighbours: (productId: string) => readonly Neighbour[],
  settings: RecommendSettings
): { product_id: string; score: number }[] {
  const sums = new Map<string, number>()
  for (const seed of seeds) {
    for (const n of neighbours(seed.product_id)) sums.set(n.product_id, (sums.get(n.product_id) ?? 0) + n.score * seed.weight)
  }
  return topK(
    Array.from(sums, ([product_id, score]) => ({ product_id, score })),
    settings.cfCandidates,
    (a, b) => b.score - a.score || compareIds(a.product_id, b.product_id)
  )
}

/** The seen-item policy: what the rail never shows this actor (consumables are exempt in the blend). */
export function excludedFor(actor: ActorState, settings: RecommendSettings): Set<string> {
  const excluded = new Set(actor.bought)
  if (!settings.repeatViewed) for (const item of actor.history) excluded.add(item.product_id)
  return excluded
}

/** Every product whose catalogue facts "for you" needs: seeds (affinity), CF candidates, popular head. */
export function forYouFactsNeeded(
  actor: ActorState,
  neighbours: (productId: string) => readonly Neighbour[],
  popular: readonly PopularItem[],
  settings: RecommendSettings
): string[] {
  const seeds = seedsOf(actor.history, settings)
  const ids = new Set<string>(seeds.map((s) => s.product_id))
  for (const c of cfOf(seeds, neighbours, settings)) ids.add(c.product_id)
  for (const p of popular.slice(0, settings.popularCandidates)) ids.add(p.product_id)
  return [...ids]
}

/** "For you" of an actor with history. */
export function recommendForYou(input: {
  actor: ActorState
  neighbours: (productId: string) => readonly Neighbour[]
  popular: readonly PopularItem[]
  facts: (productId: string) => CatalogueFacts | undefined
  limit: number
  settings?: RecommendSettings
}): Recommendation[] {
  const settings = input.settings ?? SHIPPED_SETTINGS
  const seeds = seedsOf(input.actor.history, settings)
  return blendForYou({
    seeds,
    cf: cfOf(seeds, input.neighbours, settings),
    popular: input.popular.slice(0, settings.popularCandidates),
    excluded: excludedFor(input.actor, settings),
    facts: input.facts,
    limit: input.limit,
    weights: settings.weights,
  })
}

/**
 * "Customers also bought/viewed": the product's neighbours, then popular
 * products of its brand or categories; never the product itself, nothing
 * unavailable, nothing the actor bought (unless consumable).
 */
export function recommendAlsoBought(input: {
  productId: string
  neighbours: readonly Neighbour[]
  bought: ReadonlySet<string>
  popular: readonly PopularItem[]
  facts: (productId: string) => CatalogueFacts | undefined
  limit: number
}): Recommendation[] {
  const self = input.facts(input.productId)
  const taken = new Set<string>([input.productId])
  const allowed = (id: string) => {
    const f = input.facts(id)
    return !!f && f.available && !taken.has(id) && (f.consumable || !input.bought.has(id))
  }
  const out: Recommendation[] = []
  for (const n of input.neighbours) {
    if (out.length >= input.limit) break
    if (!allowed(n.product_id)) continue
    taken.add(n.product_id)
    out.push({ product_id: n.product_id, score: n.score, reason: "similar" })
  }
  // Too few neighbours yet (a new or rarely seen product): popular items like it.
  for (const p of input.popular) {
    if (out.length >= input.limit || !self) break
    const f = input.facts(p.product_id)
    if (!f || !allowed(p.product_id)) continue
    const alike = (self.brand !== null && f.brand === self.brand) || f.categories.some((c) => self.categories.includes(c))
    if (!alike) continue
    taken.add(p.product_id)
    out.push({ product_id: p.product_id, score: 0, reason: "affinity" })
  }
  return out
}
