import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { CatalogueFacts, PopularItem, Recommendation } from "../../lib/core/blend"
import { blendForYou } from "../../lib/core/blend"
import type { RecommenderEvent } from "../../lib/core/events"
import type { FeedbackType, Rail } from "./models/recommendation-feedback"
import { RecommendationFeedback } from "./models/recommendation-feedback"
import type { ApplyResult } from "./pg-engine"
import { applyEventInTransaction, rankStaleInTransaction, rebuildAllInTransaction } from "./pg-engine"

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/** A product as the rails show it (from the product index read model). */
export type RecommendedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  currency_code: string | null
  brand: string | null
  score: number
  reason: Recommendation["reason"]
}

type ProductFacts = CatalogueFacts & {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: string | number | null
  currency_code: string | null
  brand_name: string | null
}

/** How long one process reuses the popularity ranking (the cold start), in ms. */
const POPULAR_TTL_MS = 30_000
const POPULAR_SIZE = 300
/** Recent items of the actor that seed "for you". */
const SEEDS = 20

// Facts about products, from the product-index read model (published products
// with stock; `stock > 0` is "in stock"), Medusa's product (metadata.consumable)
// and product_category_product. Read-only.
const FACTS_SQL = `
  select e.id, e.name as title, e.handle, e.image as thumbnail, e.price, e.currency_code,
         e.brand as brand_name, e.brand_key as brand, (e.stock > 0) as available,
         coalesce(p.metadata->>'consumable', '') = 'true' as consumable,
         coalesce((select array_agg(pc.product_category_id) from product_category_product pc where pc.product_id = e.id), '{}') as categories
  from product_index_entry e
  left join product p on p.id = e.id
  where e.id = any(?::text[]) and e.deleted_at is null`

/**
 * The recommender's state in PostgreSQL (see pg-engine.ts for the writes)
 * and the reads behind the store rails: each answer is one statement plus,
 * at most every POPULAR_TTL_MS per process, the popularity ranking.
 */
class RecommendationsModuleService extends MedusaService({ RecommendationFeedback }) {
  protected readonly knex_: Knex
  private popular_: { at: number; items: PopularItem[] } | null = null

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /** Applies one engagement event in one transaction; handling it twice changes nothing. */
  async applyEvent(event: RecommenderEvent): Promise<ApplyResult> {
    return await this.knex_.transaction((trx) => applyEventInTransaction(trx, event))
  }

  /** Recomputes the whole state from the recorded sources (repair; bench bulk load). */
  async rebuildAll(): Promise<void> {
    await this.knex_.transaction((trx) => rebuildAllInTransaction(trx))
    this.popular_ = null
  }

  /**
   * Ranks the `limit` least recently ranked items again: an item's list uses
   * its partners' norms as of its own last update, so a job refreshes them.
   */
  async rankStale(limit: number): Promise<number> {
    return await this.knex_.transaction((trx) => rankStaleInTransaction(trx, limit))
  }

  /** Forgets this process's popularity ranking (tests; after bulk loads). */
  forgetPopular(): void {
    this.popular_ = null
  }

  /** Recent bestsellers and trending items (≤ POPULAR_SIZE), cached per process; newest products when nothing sold yet. */
  async popular(): Promise<PopularItem[]> {
    if (this.popular_ && Date.now() - this.popular_.at < POPULAR_TTL_MS) return this.popular_.items
    const { rows } = (await this.knex_.raw(
      `with recent as (
         select product_id,
                sum(purchases) as sold,
                sum((3 * purchases + 2 * wishlists + views) * power(0.5, (current_date - day) / 3.0)) as heat
         from recommendation_item_day
         where day > current_date - 30
         group by product_id
       ),
       bestsellers as (
         select product_id, 'bestseller' as reason, row_number() over (order by sold desc, heat desc, product_id) as n
         from recent where sold > 0
       ),
       trending as (
         select product_id, 'trending' as reason, row_number() over (order by heat desc, product_id) as n
         from recent where heat > 0
       ),
       fresh as (
         select id as product_id, 'new' as reason, row_number() over (order by product_created_at desc, id) + 100000 as n
         from product_index_entry where deleted_at is null and stock > 0
         order by product_created_at desc, id limit ?
       )
       select product_id, reason from (
         select distinct on (product_id) product_id, reason, n from (
           select * from bestsellers union all select * from trending union all select * from fresh
         ) u order by product_id, n
       ) d order by n, reason limit ?`,
      [POPULAR_SIZE, POPULAR_SIZE]
    )) as { rows: PopularItem[] }
    // Bestsellers and trending items interleave (rank n of each next to each other).
    this.popular_ = { at: Date.now(), items: rows }
    return rows
  }

  /** "For you": personal when the actor has history, the cold start otherwise. */
  async forActor(actor: string | null, limit: number): Promise<{ personalized: boolean; products: RecommendedProduct[] }> {
    const popular = await this.popular()
    const { rows } = (await this.knex_.raw(
      `with seeds as (
         select product_id, weight from recommendation_actor_item where actor = ?::text
         order by last_at desc, product_id collate "C" limit ?
       ),
       cf as (
         select n.neighbor_id as product_id, sum(n.score * s.weight) as score
         from seeds s join recommendation_neighbor n on n.product_id = s.product_id
         group by n.neighbor_id order by score desc limit 200
       ),
       bought as (
         select distinct product_id from recommendation_source
         where actor = ?::text and kind = 'purchase' and removed_at is null
       )
       select json_build_object(
         'seeds', (select coalesce(json_agg(json_build_object('product_id', product_id, 'weight', weight)), '[]') from seeds),
         'cf', (select coalesce(json_agg(json_build_object('product_id', product_id, 'score', score)), '[]') from cf),
         'bought', (select coalesce(json_agg(product_id), '[]') from bought),
         'facts', (select coalesce(json_agg(f), '[]') from (${FACTS_SQL.replace(
           "e.id = any(?::text[])",
           "e.id in (select product_id from seeds union select product_id from cf union select unnest(?::text[]))"
         )}) f)
       ) as doc`,
      [actor, SEEDS, actor, popular.map((p) => p.product_id)]
    )) as { rows: { doc: { seeds: { product_id: string; weight: number }[]; cf: { product_id: string; score: number }[]; bought: string[]; facts: ProductFacts[] } }[] }
    const doc = rows[0].doc
    const facts = new Map(doc.facts.map((f) => [f.id, f]))
    const ranked = blendForYou({
      seeds: doc.seeds,
      cf: doc.cf,
      popular,
      bought: new Set(doc.bought),
      facts: (id) => facts.get(id),
      limit,
    })
    return { personalized: doc.seeds.length > 0, products: ranked.map((r) => toProduct(facts.get(r.product_id) as ProductFacts, r)) }
  }

  /**
   * "Customers also bought/viewed": the product's neighbours in stock, then
   * popular items of its categories or brand. Null when the product is not
   * in the catalogue (unknown, unpublished, deleted).
   */
  async forProduct(productId: string, actor: string | null, limit: number): Promise<RecommendedProduct[] | null> {
    const popular = await this.popular()
    const { rows } = (await this.knex_.raw(
      `select json_build_object(
         'neighbours', (select coalesce(json_agg(json_build_object('product_id', neighbor_id, 'score', score) order by position), '[]')
                        from recommendation_neighbor where product_id = ?),
         'bought', (select coalesce(json_agg(distinct product_id), '[]') from recommendation_source
                    where actor = ?::text and kind = 'purchase' and removed_at is null),
         'facts', (select coalesce(json_agg(f), '[]') from (${FACTS_SQL.replace(
           "e.id = any(?::text[])",
           "e.id in (select ?::text union select neighbor_id from recommendation_neighbor where product_id = ? union select unnest(?::text[]))"
         )}) f)
       ) as doc`,
      [productId, actor, productId, productId, popular.map((p) => p.product_id)]
    )) as { rows: { doc: { neighbours: { product_id: string; score: number }[]; bought: string[]; facts: ProductFacts[] } }[] }
    const doc = rows[0].doc
    const facts = new Map(doc.facts.map((f) => [f.id, f]))
    const self = facts.get(productId)
    if (!self) return null
    const bought = new Set(doc.bought)
    const allowed = (id: string) => {
      const f = facts.get(id)
      return !!f && f.available && id !== productId && (f.consumable || !bought.has(id))
    }
    const out: RecommendedProduct[] = []
    const seen = new Set<string>()
    for (const n of doc.neighbours) {
      if (out.length >= limit) break
      if (!allowed(n.product_id)) continue
      seen.add(n.product_id)
      out.push(toProduct(facts.get(n.product_id) as ProductFacts, { product_id: n.product_id, score: n.score, reason: "similar" }))
    }
    // Too few neighbours yet (a new or rarely seen product): popular items like it.
    const alike = (f: ProductFacts) =>
      (self.brand !== null && f.brand === self.brand) || f.categories.some((c) => self.categories.includes(c))
    for (const p of popular) {
      if (out.length >= limit) break
      const f = facts.get(p.product_id)
      if (!f || seen.has(p.product_id) || !allowed(p.product_id) || !alike(f)) continue
      seen.add(p.product_id)
      out.push(toProduct(f, { product_id: p.product_id, score: 0, reason: "affinity" }))
    }
    return out
  }

  async recordFeedback(input: { actor: string; rail: Rail; type: FeedbackType; product_ids: string[] }): Promise<number> {
    if (!input.product_ids.length) return 0
    await this.createRecommendationFeedbacks(
      input.product_ids.map((product_id) => ({ actor: input.actor, rail: input.rail, type: input.type, product_id }))
    )
    return input.product_ids.length
  }

  /** Impressions, clicks and click-through per rail and per day over [from, to). */
  async clickThrough(from: Date, to: Date) {
    const { rows } = (await this.knex_.raw(
      `select rail, (created_at at time zone 'UTC')::date::text as day,
              count(*) filter (where type = 'impression')::int as impressions,
              count(*) filter (where type = 'click')::int as clicks
       from recommendation_feedback
       where deleted_at is null and created_at >= ? and created_at < ?
       group by 1, 2 order by 2, 1`,
      [from, to]
    )) as { rows: { rail: Rail; day: string; impressions: number; clicks: number }[] }
    const rails = new Map<string, { rail: string; impressions: number; clicks: number }>()
    for (const row of rows) {
      const r = rails.get(row.rail) ?? { rail: row.rail, impressions: 0, clicks: 0 }
      r.impressions += row.impressions
      r.clicks += row.clicks
      rails.set(row.rail, r)
    }
    const ctr = (clicks: number, impressions: number) => (impressions > 0 ? clicks / impressions : null)
    return {
      rails: [...rails.values()].map((r) => ({ ...r, ctr: ctr(r.clicks, r.impressions) })),
      days: rows.map((r) => ({ ...r, ctr: ctr(r.clicks, r.impressions) })),
    }
  }

  /** The actor's recorded interactions and feedback, for the customer's data export. */
  async exportActor(actor: string) {
    const items = (await this.knex_.raw(
      `select product_id, weight, last_at from recommendation_actor_item where actor = ? order by last_at desc, product_id`,
      [actor]
    )) as { rows: { product_id: string; weight: number; last_at: Date }[] }
    const feedback = (await this.knex_.raw(
      `select rail, type, product_id, created_at from recommendation_feedback where actor = ? and deleted_at is null order by created_at`,
      [actor]
    )) as { rows: { rail: string; type: string; product_id: string; created_at: Date }[] }
    return {
      interactions: items.rows.map((r) => ({ product_id: r.product_id, weight: Number(r.weight), last_at: new Date(r.last_at).toISOString() })),
      feedback: feedback.rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() })),
    }
  }

  /** Deletes the actor's impressions and clicks (the interactions go with the `erased` event). */
  async deleteFeedbackOf(actor: string): Promise<number> {
    const { rows } = (await this.knex_.raw(`delete from recommendation_feedback where actor = ? returning id`, [actor])) as {
      rows: unknown[]
    }
    return rows.length
  }
}

function toProduct(f: ProductFacts, r: Recommendation): RecommendedProduct {
  return {
    id: f.id,
    title: f.title,
    handle: f.handle,
    thumbnail: f.thumbnail,
    price: f.price === null ? null : Number(f.price),
    currency_code: f.currency_code,
    brand: f.brand_name,
    score: Math.round(r.score * 1e6) / 1e6,
    reason: r.reason,
  }
}

export default RecommendationsModuleService
