import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { RecommenderEvent } from "../../lib/core/events"
import { ERASED_ACTOR } from "../../lib/core/events"
import type { Window } from "../../lib/core/model"
import { CANDIDATES, compareIds, KIND_WEIGHT, NEIGHBOURS, splitPairKey, WINDOW_SIZE, windowDelta } from "../../lib/core/model"

/**
 * The incremental update on PostgreSQL, the same rules as the in-memory
 * engine (lib/core): one event → its source row → the touched actors'
 * windows → the co-occurrence and norm deltas → the touched items ranked
 * again. Runs inside the caller's transaction.
 */

// One writer at a time: an event's work is bounded (≤ WINDOW_SIZE² pair
// updates, ≤ WINDOW_SIZE + 1 lists), so serialising is cheap, and it rules
// out deadlocks between events that update the same pairs in another order.
const WRITE_LOCK = 7_246_091_377

type Row = Record<string, unknown>

async function rows<T = Row>(trx: Knex.Transaction | Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const result = await trx.raw(sql, bindings as Knex.RawBinding[])
  return (result as { rows: T[] }).rows
}

export type ApplyResult = { applied: boolean; touched: string[] }

export async function applyEventInTransaction(trx: Knex.Transaction, event: RecommenderEvent): Promise<ApplyResult> {
  await trx.raw(`select pg_advisory_xact_lock(?)`, [WRITE_LOCK])
  const affected = new Map<string, Set<string>>()
  const affect = (actor: string, products: Iterable<string>) => {
    let set = affected.get(actor)
    if (!set) affected.set(actor, (set = new Set()))
    for (const p of products) set.add(p)
  }

  switch (event.type) {
    case "recorded": {
      const inserted = await rows(
        trx,
        `insert into recommendation_source (source_id, actor, product_id, kind, weight, occurred_at)
         values (?, ?, ?, ?, ?, ?) on conflict (source_id) do nothing returning source_id`,
        [event.source_id, event.actor, event.product_id, event.kind, KIND_WEIGHT[event.kind], new Date(event.occurred_at)]
      )
      if (!inserted.length) return { applied: false, touched: [] }
      await countDay(trx, event.product_id, event.kind, new Date(event.occurred_at), 1)
      affect(event.actor, [event.product_id])
      break
    }
    case "removed": {
      const [source] = await rows<{ actor: string; product_id: string; kind: keyof typeof KIND_WEIGHT; occurred_at: Date | null; removed_at: Date | null }>(
        trx,
        `select actor, product_id, kind, occurred_at, removed_at from recommendation_source where source_id = ? for update`,
        [event.source_id]
      )
      if (!source) {
        // Removed before it was recorded: a tombstone makes the late recording a no-op.
        await trx.raw(
          `insert into recommendation_source (source_id, actor, product_id, kind, weight, occurred_at, removed_at)
           values (?, ?, ?, ?, ?, null, now())`,
          [event.source_id, event.actor, event.product_id, event.kind, KIND_WEIGHT[event.kind]]
        )
        return { applied: true, touched: [] }
      }
      if (source.removed_at) return { applied: false, touched: [] }
      await trx.raw(`update recommendation_source set removed_at = now() where source_id = ?`, [event.source_id])
      if (source.occurred_at) await countDay(trx, source.product_id, source.kind, source.occurred_at, -1)
      affect(source.actor, [source.product_id])
      break
    }
    case "merged": {
      if (event.from === event.to) return { applied: false, touched: [] }
      const moved = await rows<{ product_id: string }>(
        trx,
        `update recommendation_source set actor = ? where actor = ? returning product_id`,
        [event.to, event.from]
      )
      if (!moved.length) return { applied: false, touched: [] }
      const products = moved.map((r) => r.product_id)
      affect(event.from, products)
      affect(event.to, products)
      break
    }
    case "erased": {
      // The actor's interactions stop counting everywhere, the day totals included.
      await trx.raw(
        `insert into recommendation_item_day (product_id, day, purchases, wishlists, views)
         select product_id, (occurred_at at time zone 'UTC')::date,
                -count(*) filter (where kind = 'purchase'), -count(*) filter (where kind = 'wishlist'), -count(*) filter (where kind = 'view')
         from recommendation_source where actor = ? and removed_at is null
         group by 1, 2
         on conflict (product_id, day) do update set
           purchases = recommendation_item_day.purchases + excluded.purchases,
           wishlists = recommendation_item_day.wishlists + excluded.wishlists,
           views = recommendation_item_day.views + excluded.views`,
        [event.actor]
      )
      const erased = await rows<{ product_id: string }>(
        trx,
        `update recommendation_source set actor = ?, removed_at = coalesce(removed_at, now()) where actor = ? returning product_id`,
        [ERASED_ACTOR, event.actor]
      )
      if (!erased.length) return { applied: false, touched: [] }
      affect(event.actor, erased.map((r) => r.product_id))
      break
    }
  }

  const touched = new Set<string>()
  for (const [actor, products] of affected) {
    for (const id of await refreshActor(trx, actor, [...products])) touched.add(id)
  }
  await rankNeighbours(trx, [...touched])
  return { applied: true, touched: [...touched].sort(compareIds) }
}

async function countDay(trx: Knex.Transaction, productId: string, kind: keyof typeof KIND_WEIGHT, at: Date, delta: number) {
  const column = kind === "purchase" ? "purchases" : kind === "wishlist" ? "wishlists" : "views"
  // `column` is one of three fixed names, never input.
  await trx.raw(
    `insert into recommendation_item_day (product_id, day, ${column}) values (?, (?::timestamptz at time zone 'UTC')::date, ?)
     on conflict (product_id, day) do update set ${column} = recommendation_item_day.${column} + excluded.${column}`,
    [productId, at, delta]
  )
}

/**
 * Re-derives the actor's items for `products` from their active sources, the
 * actor's window from its items, and applies the window's delta. Returns the
 * items whose row or norm changed.
 */
async function refreshActor(trx: Knex.Transaction, actor: string, products: string[]): Promise<Set<string>> {
  const beforeRows = await rows<{ product_id: string; counted_weight: number }>(
    trx,
    `select product_id, counted_weight from recommendation_actor_item where actor = ? and counted_weight > 0`,
    [actor]
  )
  const before: Window = new Map(beforeRows.map((r) => [r.product_id, Number(r.counted_weight)]))
  await trx.raw(`delete from recommendation_actor_item where actor = ? and product_id = any(?::text[])`, [actor, products])
  await trx.raw(
    `insert into recommendation_actor_item (actor, product_id, weight, last_at, counted_weight)
     select ?, product_id, max(weight), max(occurred_at), 0
     from recommendation_source
     where actor = ? and product_id = any(?::text[]) and removed_at is null
     group by product_id`,
    [actor, actor, products]
  )
  const afterRows = await rows<{ product_id: string; weight: number }>(
    trx,
    `select product_id, weight from recommendation_actor_item where actor = ?
     order by last_at desc, product_id collate "C" limit ?`,
    [actor, WINDOW_SIZE]
  )
  const after: Window = new Map(afterRows.map((r) => [r.product_id, Number(r.weight)]))
  const windowIds = [...after.keys()]
  await trx.raw(
    `update recommendation_actor_item
     set counted_weight = case when product_id = any(?::text[]) then weight else 0 end
     where actor = ? and (counted_weight > 0 or product_id = any(?::text[]))`,
    [windowIds, actor, windowIds]
  )
  const delta = windowDelta(before, after)
  await applyDelta(trx, delta.pairs, delta.norms)
  return delta.touched
}

async function applyDelta(trx: Knex.Transaction, pairs: Map<string, number>, norms: Map<string, number>) {
  if (pairs.size) {
    const both: [string, string, number][] = []
    for (const [key, value] of pairs) {
      const [a, b] = splitPairKey(key)
      both.push([a, b, value], [b, a, value])
    }
    // A fixed order, so concurrent writers (if the lock is ever relaxed) lock rows alike.
    both.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]))
    const as = both.map((r) => r[0])
    const bs = both.map((r) => r[1])
    await trx.raw(
      `insert into recommendation_pair (product_id, other_id, co)
       select a, b, d from unnest(?::text[], ?::text[], ?::int[]) as t(a, b, d)
       on conflict (product_id, other_id) do update set co = recommendation_pair.co + excluded.co`,
      [as, bs, both.map((r) => r[2])]
    )
    await trx.raw(
      `delete from recommendation_pair p using unnest(?::text[], ?::text[]) as t(a, b)
       where p.product_id = t.a and p.other_id = t.b and p.co = 0`,
      [as, bs]
    )
  }
  if (norms.size) {
    const ids = [...norms.keys()].sort(compareIds)
    await trx.raw(
      `insert into recommendation_item (product_id, norm2)
       select id, d from unnest(?::text[], ?::int[]) as t(id, d)
       on conflict (product_id) do update set norm2 = recommendation_item.norm2 + excluded.norm2`,
      [ids, ids.map((id) => norms.get(id) as number)]
    )
    await trx.raw(`delete from recommendation_item where product_id = any(?::text[]) and norm2 = 0`, [ids])
  }
}

// The ranking of lib/core/model.ts rankNeighbours in SQL: the CANDIDATES
// strongest partners (co desc, id in byte order), then cosine desc, id.
const RANK_SQL = `
  insert into recommendation_neighbor (product_id, neighbor_id, score, position)
  select product_id, neighbor_id, score, position from (
    select c.product_id, c.other_id as neighbor_id, c.score,
           row_number() over (partition by c.product_id order by c.score desc, c.other_id collate "C") as position
    from (
      select i.product_id, s.other_id, s.co::float8 / sqrt(i.norm2::float8 * o.norm2::float8) as score
      from recommendation_item i
      cross join lateral (
        select p.other_id, p.co from recommendation_pair p
        where p.product_id = i.product_id and p.co > 0
        order by p.co desc, p.other_id collate "C"
        limit ${CANDIDATES}
      ) s
      join recommendation_item o on o.product_id = s.other_id
      where %WHERE%
    ) c
  ) ranked
  where position <= ${NEIGHBOURS}`

/** Ranks the items' neighbours again from their co-occurrence rows and the current norms. */
export async function rankNeighbours(trx: Knex.Transaction | Knex, ids: string[]): Promise<void> {
  if (!ids.length) return
  await trx.raw(`delete from recommendation_neighbor where product_id = any(?::text[])`, [ids])
  await trx.raw(RANK_SQL.replace("%WHERE%", "i.product_id = any(?::text[])"), [ids])
  await trx.raw(`update recommendation_item set ranked_at = now() where product_id = any(?::text[])`, [ids])
}

/** Ranks the `limit` least recently ranked items again (the stale-list job). */
export async function rankStaleInTransaction(trx: Knex.Transaction, limit: number): Promise<number> {
  await trx.raw(`select pg_advisory_xact_lock(?)`, [WRITE_LOCK])
  const stale = await rows<{ product_id: string }>(
    trx,
    `select product_id from recommendation_item order by ranked_at, product_id limit ?`,
    [limit]
  )
  await rankNeighbours(trx, stale.map((r) => r.product_id))
  return stale.length
}

/**
 * Everything from scratch, from the sources alone: the repair tool, the
 * bench's bulk load, and an independent check of the incremental path.
 */
export async function rebuildAllInTransaction(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(?)`, [WRITE_LOCK])
  await trx.raw(`truncate recommendation_actor_item, recommendation_pair, recommendation_item, recommendation_neighbor, recommendation_item_day`)
  await trx.raw(
    `insert into recommendation_actor_item (actor, product_id, weight, last_at, counted_weight)
     select actor, product_id, max(weight), max(occurred_at), 0
     from recommendation_source where removed_at is null and actor <> ?
     group by actor, product_id`,
    [ERASED_ACTOR]
  )
  await trx.raw(
    `update recommendation_actor_item a set counted_weight = a.weight
     from (
       select actor, product_id, row_number() over (partition by actor order by last_at desc, product_id collate "C") as n
       from recommendation_actor_item
     ) w
     where w.actor = a.actor and w.product_id = a.product_id and w.n <= ?`,
    [WINDOW_SIZE]
  )
  // A bulk load: aggregate in memory, and build the pair indexes once, after the rows are in
  // (maintaining them row by row makes a million-interaction rebuild many times slower).
  await trx.raw(`set local work_mem = '256MB'`)
  await trx.raw(`set local maintenance_work_mem = '512MB'`)
  await trx.raw(`drop index if exists "IDX_recommendation_pair_strongest"`)
  await trx.raw(`alter table recommendation_pair drop constraint if exists recommendation_pair_pkey`)
  await trx.raw(`
    insert into recommendation_pair (product_id, other_id, co)
    select a.product_id, b.product_id, sum(a.counted_weight * b.counted_weight)::int
    from recommendation_actor_item a
    join recommendation_actor_item b on b.actor = a.actor and b.product_id <> a.product_id and b.counted_weight > 0
    where a.counted_weight > 0
    group by a.product_id, b.product_id`)
  await trx.raw(`alter table recommendation_pair add constraint recommendation_pair_pkey primary key (product_id, other_id)`)
  await trx.raw(`create index "IDX_recommendation_pair_strongest" on recommendation_pair (product_id, co desc, other_id collate "C")`)
  await trx.raw(`
    insert into recommendation_item (product_id, norm2)
    select product_id, sum(counted_weight * counted_weight)::int from recommendation_actor_item
    where counted_weight > 0 group by product_id`)
  await trx.raw(RANK_SQL.replace("%WHERE%", "true"))
  await trx.raw(`
    insert into recommendation_item_day (product_id, day, purchases, wishlists, views)
    select product_id, (occurred_at at time zone 'UTC')::date,
           count(*) filter (where kind = 'purchase'), count(*) filter (where kind = 'wishlist'), count(*) filter (where kind = 'view')
    from recommendation_source where removed_at is null and occurred_at is not null
    group by 1, 2`)
  // Fresh statistics, or the planner reads the reloaded tables as if they were empty.
  await trx.raw(`analyze recommendation_source, recommendation_actor_item, recommendation_pair, recommendation_item, recommendation_neighbor, recommendation_item_day`)
}
