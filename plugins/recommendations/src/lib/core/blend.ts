/**
 * "For you": the neighbours of the actor's recent items, blended with the
 * actor's brand and category affinity and a little popularity. The same
 * function serves the store route (inputs read from PostgreSQL) and the
 * offline evaluation (inputs from the in-memory engine).
 */

export type CatalogueFacts = {
  brand: string | null
  categories: readonly string[]
  /** published and in stock */
  available: boolean
  /** may be bought again (product.metadata.consumable === true) */
  consumable: boolean
}

export type Reason = "similar" | "affinity" | "bestseller" | "trending" | "new"

export type PopularItem = { product_id: string; reason: Exclude<Reason, "similar" | "affinity"> }

export type BlendInput = {
  /** the actor's recent items with their weights (most recent first) */
  seeds: readonly { product_id: string; weight: number }[]
  /** Σ over seeds of weight · cosine, per neighbour */
  cf: readonly { product_id: string; score: number }[]
  /** recent bestsellers and trending items, best first */
  popular: readonly PopularItem[]
  /** products the rail must not show (the seen-item policy of recommend.ts); consumables are exempt */
  excluded: ReadonlySet<string>
  facts: (productId: string) => CatalogueFacts | undefined
  limit: number
  /** the blend's weights (BLEND_WEIGHTS unless an evaluation compares others) */
  weights?: typeof BLEND_WEIGHTS
}

export type Recommendation = { product_id: string; score: number; reason: Reason }

export const BLEND_WEIGHTS = { cf: 1, affinity: 0.35, popularity: 0.15 }

function shares(seeds: BlendInput["seeds"], keysOf: (id: string) => readonly string[]): Map<string, number> {
  const totals = new Map<string, number>()
  let sum = 0
  for (const seed of seeds) {
    sum += seed.weight
    for (const key of keysOf(seed.product_id)) totals.set(key, (totals.get(key) ?? 0) + seed.weight)
  }
  for (const [key, value] of totals) totals.set(key, value / sum)
  return totals
}

export function blendForYou(input: BlendInput): Recommendation[] {
  const weights = input.weights ?? BLEND_WEIGHTS
  const brandShare = shares(input.seeds, (id) => {
    const brand = input.facts(id)?.brand
    return brand ? [brand] : []
  })
  const categoryShare = shares(input.seeds, (id) => input.facts(id)?.categories ?? [])
  const maxCf = input.cf.reduce((max, c) => Math.max(max, c.score), 0)
  const popularRank = new Map(input.popular.map((p, i) => [p.product_id, i]))
  const popularReason = new Map(input.popular.map((p) => [p.product_id, p.reason]))

  const candidates = new Set<string>([...input.cf.map((c) => c.product_id), ...input.popular.map((p) => p.product_id)])
  const cfScore = new Map(input.cf.map((c) => [c.product_id, c.score]))
  const out: Recommendation[] = []
  for (const id of candidates) {
    const facts = input.facts(id)
    if (!facts?.available) continue
    if (!facts.consumable && input.excluded.has(id)) continue
    const cf = maxCf > 0 ? (cfScore.get(id) ?? 0) / maxCf : 0
    const brand = facts.brand ? (brandShare.get(facts.brand) ?? 0) : 0
    const category = facts.categories.reduce((max, c) => Math.max(max, categoryShare.get(c) ?? 0), 0)
    const affinity = (brand + category) / 2
    const rank = popularRank.get(id)
    const popularity = rank === undefined ? 0 : 1 - rank / Math.max(input.popular.length, 1)
    const score = weights.cf * cf + weights.affinity * affinity + weights.popularity * popularity
    const reason: Reason = cf > 0 ? "similar" : affinity > 0 ? "affinity" : (popularReason.get(id) ?? "bestseller")
    out.push({ product_id: id, score, reason })
  }
  out.sort((a, b) => b.score - a.score || (a.product_id < b.product_id ? -1 : a.product_id > b.product_id ? 1 : 0))
  return out.slice(0, input.limit)
}
