import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { CatalogueFacts, PopularItem, Recommendation } from "../../lib/core/blend"
import type { Neighbour } from "../../lib/core/model"
import type { ActorState, HistoryItem } from "../../lib/core/recommend"
import { forYouFactsNeeded, HISTORY_READ, recommendAlsoBought, recommendForYou, SHIPPED_SETTINGS } from "../../lib/core/recommend"
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
  /** units available now (always > 0: nothing out of stock is recommended) */
  stock: number
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
  stock: number
}

/** How long one process reuses the popularity ranking (the cold start), in ms. */
const POPULAR_TTL_MS = 30_000
const POPULAR_SIZE = 300
/** The head of the popularity ranking "also bought" fills up from. */
const POPULAR_CANDIDATES = 100

// Facts about products, from the product-index read model (published products
// with stock; `stock > 0` is "in stock"), Medusa's product (metadata.consumable)
// and product_category_product. Read-only.
const FACTS_SQL = `
  select e.id, e.name as title, e.handle, e.image as thumbnail, e.price, e.currency_code,
         e.brand as brand_name, e.brand_key as brand, e.stock, (e.stock > 0) as available,
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
         ) u order by product_id, n, reason
       ) d order by n, reason limit ?`,
      [POPULAR_SIZE, POPULAR_SIZE]
    )) as { rows: PopularItem[] }
    // Bestsellers and trending items interleave (rank n of each next to each other). An empty
    // ranking (a shop still starting, its product index not filled yet) is not kept.
    this.popular_ = rows.length ? { at: Date.now(), items: rows } : null
    return rows
  }

  /** Catalogue facts of the products (only those published; `available` = in stock). */
  private async facts(ids: string[]): Promise<Map<string, ProductFacts>> {
    if (!ids.length) return new Map()
    const { rows } = (await this.knex_.raw(`select coalesce(json_agg(f), '[]') as facts from (${FACTS_SQL}) f`, [ids])) as {
      rows: { facts: ProductFacts[] }[]
    }
    return new Map(rows[0].facts.map((f) => [f.id, f]))
  }

  /** The first `limit` popular products that are available (and allowed), reading facts in small slices. */
  private async availablePopular(limit: number, allowed: (f: ProductFacts) => boolean, chunk = limit * 3): Promise<ProductFacts[]> {
    const popular = await this.popular()
    const out: ProductFacts[] = []
    // Mostly the head is enough; when it is not (sold out, unpublished), the whole rest in one more read.
    for (let from = 0, size = chunk; from < popular.length && out.length < limit; from += size, size = popular.length) {
      const slice = popular.slice(from, from + size)
      const facts = await this.facts(slice.map((p) => p.product_id))
      for (const p of slice) {
        const f = facts.get(p.product_id)
        if (f && f.available && allowed(f) && out.length < limit) out.push(f)
      }
    }
    return out
  }

  /** "For you": personal when the actor has history, the cold start otherwise. */
  async forActor(actor: string | null, limit: number): Promise<{ personalized: boolean; products: RecommendedProduct[] }> {
    const popular = await this.popular()
    if (actor === null) return { personalized: false, products: await this.coldStart(popular, limit) }
    const settings = SHIPPED_SETTINGS
    // One statement: the actor's recent items (capped), what they bought, the seeds' neighbour lists.
    const { rows } = (await this.knex_.raw(
      `with history as (
         select product_id, weight, last_at from recommendation_actor_item where actor = ?::text
         order by last_at desc, product_id collate "C" limit ?
       ),
       seeds as (select product_id from history order by last_at desc, product_id collate "C" limit ?)
       select json_build_object(
         'history', (select coalesce(json_agg(json_build_object('product_id', product_id, 'weight', weight,
                       'last_at', (extract(epoch from last_at) * 1000)::float8) order by last_at desc, product_id collate "C"), '[]') from history),
         'bought', (select coalesce(json_agg(distinct product_id), '[]') from recommendation_source
                    where actor = ?::text and kind = 'purchase' and removed_at is null),
         'neighbours', (select coalesce(json_agg(json_build_object('product_id', n.product_id, 'neighbor_id', n.neighbor_id, 'score', n.score)
                          order by n.product_id, n.position), '[]')
                        from seeds s join recommendation_neighbor n on n.product_id = s.product_id)
       ) as doc`,
      [actor, HISTORY_READ, settings.seeds, actor]
    )) as {
      rows: { doc: { history: HistoryItem[]; bought: string[]; neighbours: { product_id: string; neighbor_id: string; score: number }[] } }[]
    }
    const doc = rows[0].doc
    const state: ActorState = { history: doc.history.map((h) => ({ ...h, weight: Number(h.weight) })), bought: new Set(doc.bought) }
    if (!state.history.length) return { personalized: false, products: await this.coldStart(popular, limit, state.bought) }
    const lists = new Map<string, Neighbour[]>()
    for (const n of doc.neighbours) {
      let list = lists.get(n.product_id)
      if (!list) lists.set(n.product_id, (list = []))
      list.push({ product_id: n.neighbor_id, score: Number(n.score) })
    }
    const neighbours = (id: string) => lists.get(id) ?? []
    const facts = await this.facts(forYouFactsNeeded(state, neighbours, popular, settings))
    const ranked = recommendForYou({ actor: state, neighbours, popular, facts: (id) => facts.get(id), limit, settings })
    return { personalized: true, products: ranked.map((r) => toProduct(facts.get(r.product_id) as ProductFacts, r)) }
  }

  private async coldStart(popular: PopularItem[], limit: number, bought: ReadonlySet<string> = new Set()): Promise<RecommendedProduct[]> {
    const reasons = new Map(popular.map((p, i) => [p.product_id, { reason: p.reason, score: 1 - i / Math.max(popular.length, 1) }]))
    const list = await this.availablePopular(limit, (f) => f.consumable || !bought.has(f.id))
    return list.map((f) => {
      const r = reasons.get(f.id) ?? { reason: "bestseller" as const, score: 0 }
      return toProduct(f, { product_id: f.id, score: r.score, reason: r.reason })
    })
  }

  /**
   * The shop's bestsellers: products bought most over the last 30 days
   * (purchases, less cancellations and returns), in stock and published.
   * Fewer than `limit` (or none) while the shop has few sales.
   */
  async bestsellers(limit: number): Promise<RecommendedProduct[]> {
    const { rows } = (await this.knex_.raw(
      `select product_id, sum(purchases)::int as sold from recommendation_item_day
       where day > current_date - 30 group by product_id having sum(purchases) > 0
       order by sum(purchases) desc, product_id limit ?`,
      [limit * 4]
    )) as { rows: { product_id: string; sold: number }[] }
    const facts = await this.facts(rows.map((r) => r.product_id))
    const top = rows[0]?.sold ?? 1
    const out: RecommendedProduct[] = []
    for (const r of rows) {
      const f = facts.get(r.product_id)
      if (f && f.available && out.length < limit) {
        out.push(toProduct(f, { product_id: f.id, score: r.sold / top, reason: "bestseller" }))
      }
    }
    return out
  }

  /**
   * "Customers also bought/viewed": the product's neighbours in stock, then
   * popular items of its categories or brand. Null when the product is not
   * in the catalogue (unknown, unpublished, deleted).
   */
  async forProduct(productId: string, actor: string | null, limit: number): Promise<RecommendedProduct[] | null> {
    const popular = (await this.popular()).slice(0, POPULAR_CANDIDATES)
    const { rows } = (await this.knex_.raw(
      `with neighbours as (
         select neighbor_id as product_id, score, position from recommendation_neighbor where product_id = ?
       )
       select json_build_object(
         'neighbours', (select coalesce(json_agg(json_build_object('product_id', product_id, 'score', score) order by position), '[]') from neighbours),
         'bought', (select coalesce(json_agg(distinct product_id), '[]') from recommendation_source
                    where ?::text is not null and actor = ?::text and kind = 'purchase' and removed_at is null),
         'facts', (select coalesce(json_agg(f), '[]') from (${FACTS_SQL.replace(
           "?::text[]",
           "(select array_agg(product_id) || ?::text[] from neighbours)::text[]"
         )}) f)
       ) as doc`,
      [productId, actor, actor, [productId, ...popular.map((p) => p.product_id)]]
    )) as { rows: { doc: { neighbours: Neighbour[]; bought: string[]; facts: ProductFacts[] } }[] }
    const doc = rows[0].doc
    const facts = new Map(doc.facts.map((f) => [f.id, f]))
    if (!facts.has(productId)) return null
    const ranked = recommendAlsoBought({
      productId,
      neighbours: doc.neighbours.map((n) => ({ product_id: n.product_id, score: Number(n.score) })),
      bought: new Set(doc.bought),
      popular,
      facts: (id) => facts.get(id),
      limit,
    })
    return ranked.map((r) => toProduct(facts.get(r.product_id) as ProductFacts, r))
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
    stock: Number(f.stock),
    score: Math.round(r.score * 1e6) / 1e6,
    reason: r.reason,
  }
}

export default RecommendationsModuleService
