import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  ContainerRegistrationKeys,
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { EngagementConsent } from "./models/engagement-consent"
import { EngagementPurchase } from "./models/engagement-purchase"
import { EngagementView } from "./models/engagement-view"
import { EngagementWishlistItem } from "./models/engagement-wishlist-item"

type TxContext = Context<SqlEntityManager>

export type ActorRef = { customer_id: string | null; visitor_id: string | null }

export type ViewRow = {
  id: string
  actor: string
  customer_id: string | null
  visitor_id: string | null
  product_id: string
  viewed_at: Date
}

export type PurchaseRow = {
  id: string
  customer_id: string
  order_id: string
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
  purchased_at: Date
  canceled_at: Date | null
}

export type NewPurchase = Omit<PurchaseRow, "id" | "returned_quantity" | "canceled_at">

export type ConsentRow = {
  id: string
  customer_id: string | null
  visitor_id: string | null
  granted: boolean
  updated_at: Date
}

export type ProductCount = { product_id: string; count: number }

export type EngagementStats = {
  totals: { views: number; viewers: number; wishlist_adds: number; purchases: number }
  most_viewed: { product_id: string; views: number; viewers: number }[]
  most_wishlisted: { product_id: string; adds: number; still_wishlisted: number }[]
  conversion: { product_id: string; viewers: number; buyers: number; rate: number }[]
}

export function actorKey(ref: ActorRef): string {
  if (ref.customer_id) return `customer:${ref.customer_id}`
  if (ref.visitor_id) return `visitor:${ref.visitor_id}`
  throw new Error("an actor needs a customer_id or a visitor_id")
}

const PURCHASE_COLUMNS = `"id", "customer_id", "order_id", "line_item_id", "product_id", "variant_id", "product_title",
  "variant_title", "thumbnail", "quantity", "returned_quantity", "purchased_at", "canceled_at"`

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

class EngagementModuleService extends MedusaService({
  EngagementConsent,
  EngagementView,
  EngagementWishlistItem,
  EngagementPurchase,
}) {
  protected readonly knex_: Knex

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /**
   * Records a view unless the same actor viewed the same product within
   * `dedupeSeconds`. A transaction-scoped advisory lock on (actor, product)
   * makes the check and the insert one step, also across server processes.
   * Returns the new view, or null when it was a repeat.
   */
  @InjectTransactionManager()
  async recordView(
    input: ActorRef & { product_id: string; dedupe_seconds: number },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<ViewRow | null> {
    const manager = sharedContext.transactionManager!
    const actor = actorKey(input)
    await manager.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`engagement_view:${actor}:${input.product_id}`])
    const recent: { id: string }[] = await manager.execute(
      `select "id" from "engagement_view"
        where "actor" = ? and "product_id" = ? and "deleted_at" is null
          and "viewed_at" > now() - make_interval(secs => ?)
        limit 1`,
      [actor, input.product_id, input.dedupe_seconds]
    )
    if (recent.length > 0) return null
    const rows: ViewRow[] = await manager.execute(
      `insert into "engagement_view" ("id", "actor", "customer_id", "visitor_id", "product_id", "viewed_at")
       values (?, ?, ?, ?, ?, now())
       returning "id", "actor", "customer_id", "visitor_id", "product_id", "viewed_at"`,
      [
        generateEntityId(undefined, "engview"),
        actor,
        input.customer_id ?? null,
        input.customer_id ? null : input.visitor_id,
        input.product_id,
      ]
    )
    return rows[0]
  }

  /**
   * Stores an actor's consent choice (one row per customer or visitor, even
   * when two requests race). Returns the row and the choice it replaced.
   */
  @InjectTransactionManager()
  async setConsent(
    input: ActorRef & { granted: boolean },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ consent: ConsentRow; previous: boolean | null }> {
    const manager = sharedContext.transactionManager!
    const column = input.customer_id ? "customer_id" : "visitor_id"
    const value = input.customer_id ?? input.visitor_id
    if (!value) throw new Error("consent needs a customer_id or a visitor_id")
    const before: { granted: boolean }[] = await manager.execute(
      `select "granted" from "engagement_consent" where "${column}" = ? and "deleted_at" is null for update`,
      [value]
    )
    const rows: ConsentRow[] = await manager.execute(
      `insert into "engagement_consent" ("id", "${column}", "granted") values (?, ?, ?)
       on conflict ("${column}") where ${column} IS NOT NULL AND deleted_at IS NULL
       do update set "granted" = excluded."granted", "updated_at" = now()
       returning "id", "customer_id", "visitor_id", "granted", "updated_at"`,
      [generateEntityId(undefined, "engcons"), value, input.granted]
    )
    return { consent: rows[0], previous: before[0]?.granted ?? null }
  }

  /** The consent rows of a customer and/or a visitor. */
  @InjectTransactionManager()
  async findConsents(ref: ActorRef, @MedusaContext() sharedContext: TxContext = {}): Promise<ConsentRow[]> {
    return sharedContext.transactionManager!.execute(
      `select "id", "customer_id", "visitor_id", "granted", "updated_at" from "engagement_consent"
        where "deleted_at" is null and ("customer_id" = ? or "visitor_id" = ?)`,
      [ref.customer_id ?? "", ref.visitor_id ?? ""]
    )
  }

  /** Puts a consent choice back as it was (compensation of setConsent). */
  @InjectTransactionManager()
  async restoreConsent(
    input: { id: string; previous: boolean | null },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    if (input.previous === null) {
      await manager.execute(`delete from "engagement_consent" where "id" = ?`, [input.id])
    } else {
      await manager.execute(`update "engagement_consent" set "granted" = ? where "id" = ?`, [input.previous, input.id])
    }
  }

  /** Deletes (for good) every view of the actor; returns how many went. */
  @InjectTransactionManager()
  async deleteActorViews(ref: ActorRef, @MedusaContext() sharedContext: TxContext = {}): Promise<ViewRow[]> {
    const manager = sharedContext.transactionManager!
    return manager.execute(
      `delete from "engagement_view" where "actor" = ?
       returning "id", "actor", "customer_id", "visitor_id", "product_id", "viewed_at"`,
      [actorKey(ref)]
    )
  }

  /** Puts deleted views back (compensation). */
  @InjectTransactionManager()
  async restoreViews(views: ViewRow[], @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    const manager = sharedContext.transactionManager!
    for (const v of views) {
      await manager.execute(
        `insert into "engagement_view" ("id", "actor", "customer_id", "visitor_id", "product_id", "viewed_at")
         values (?, ?, ?, ?, ?, ?) on conflict ("id") do nothing`,
        [v.id, v.actor, v.customer_id, v.visitor_id, v.product_id, v.viewed_at]
      )
    }
  }

  /**
   * Hands a visitor's views to a customer and, when the customer has not
   * chosen yet, the visitor's consent choice too. Returns the moved view ids.
   */
  @InjectTransactionManager()
  async mergeVisitorIntoCustomer(
    input: { visitor_id: string; customer_id: string },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ view_ids: string[]; consent_id: string | null }> {
    const manager = sharedContext.transactionManager!
    const moved: { id: string }[] = await manager.execute(
      `update "engagement_view" set "actor" = ?, "customer_id" = ?, "visitor_id" = null, "updated_at" = now()
        where "visitor_id" = ? and "deleted_at" is null returning "id"`,
      [`customer:${input.customer_id}`, input.customer_id, input.visitor_id]
    )
    const consent: { id: string }[] = await manager.execute(
      `insert into "engagement_consent" ("id", "customer_id", "granted")
       select ?, ?, v."granted" from "engagement_consent" v
        where v."visitor_id" = ? and v."deleted_at" is null
          and not exists (select 1 from "engagement_consent" c where c."customer_id" = ? and c."deleted_at" is null)
       on conflict do nothing
       returning "id"`,
      [generateEntityId(undefined, "engcons"), input.customer_id, input.visitor_id, input.customer_id]
    )
    return { view_ids: moved.map((r) => r.id), consent_id: consent[0]?.id ?? null }
  }

  /** Undoes mergeVisitorIntoCustomer (compensation). */
  @InjectTransactionManager()
  async unmergeVisitor(
    input: { visitor_id: string; view_ids: string[]; consent_id: string | null },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    if (input.view_ids.length) {
      await manager.execute(
        `update "engagement_view" set "actor" = ?, "customer_id" = null, "visitor_id" = ? where "id" in (select jsonb_array_elements_text(?::jsonb))`,
        [`visitor:${input.visitor_id}`, input.visitor_id, JSON.stringify(input.view_ids)]
      )
    }
    if (input.consent_id) {
      await manager.execute(`delete from "engagement_consent" where "id" = ?`, [input.consent_id])
    }
  }

  /** The actor's most recently viewed products, newest first, one entry per product. */
  @InjectTransactionManager()
  async listRecentlyViewed(
    ref: ActorRef,
    options: { limit: number; exclude_product_ids?: string[] },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ product_id: string; viewed_at: Date }[]> {
    const manager = sharedContext.transactionManager!
    return manager.execute(
      `select "product_id", max("viewed_at") as "viewed_at" from "engagement_view"
        where "actor" = ? and "deleted_at" is null and not ("product_id" in (select jsonb_array_elements_text(?::jsonb)))
        group by "product_id" order by max("viewed_at") desc limit ?`,
      [actorKey(ref), JSON.stringify(options.exclude_product_ids ?? []), options.limit]
    )
  }

  /**
   * Inserts purchase lines; a line already recorded is skipped. Returns only
   * the new ones. One statement for all lines (it runs for every placed
   * order): atomic on its own, the unique line_item_id decides what is new.
   */
  async recordPurchases(lines: NewPurchase[]): Promise<PurchaseRow[]> {
    if (!lines.length) return []
    const { rows } = await this.knex_.raw<{ rows: PurchaseRow[] }>(
      `insert into "engagement_purchase" ("id", "customer_id", "order_id", "line_item_id", "product_id", "variant_id",
         "product_title", "variant_title", "thumbnail", "quantity", "purchased_at")
       select l."id", l."customer_id", l."order_id", l."line_item_id", l."product_id", l."variant_id",
              l."product_title", l."variant_title", l."thumbnail", l."quantity", l."purchased_at"
         from json_to_recordset(?::json) as l("id" text, "customer_id" text, "order_id" text,
              "line_item_id" text, "product_id" text, "variant_id" text, "product_title" text, "variant_title" text,
              "thumbnail" text, "quantity" integer, "purchased_at" timestamptz, "n" integer)
        order by l."n"
       on conflict ("line_item_id") do nothing
       returning ${PURCHASE_COLUMNS}`,
      // "n" keeps the lines (and so the returned rows and their events) in the order's order.
      [JSON.stringify(lines.map((line, n) => ({ ...line, id: generateEntityId(undefined, "engpur"), n })))]
    )
    return rows
  }

  /** Deletes purchase lines by id (compensation of recordPurchases). */
  @InjectTransactionManager()
  async deletePurchasesById(ids: string[], @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    if (!ids.length) return
    await sharedContext.transactionManager!.execute(`delete from "engagement_purchase" where "id" in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(ids)])
  }

  /** Marks an order's lines canceled; returns the lines that changed now (not those canceled before). */
  @InjectTransactionManager()
  async cancelOrderPurchases(
    input: { order_id: string; canceled_at: Date },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<PurchaseRow[]> {
    return sharedContext.transactionManager!.execute(
      `update "engagement_purchase" set "canceled_at" = ?, "updated_at" = now()
        where "order_id" = ? and "canceled_at" is null and "deleted_at" is null
        returning ${PURCHASE_COLUMNS}`,
      [input.canceled_at, input.order_id]
    )
  }

  /** Undoes cancelOrderPurchases (compensation). */
  @InjectTransactionManager()
  async uncancelPurchases(ids: string[], @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    if (!ids.length) return
    await sharedContext.transactionManager!.execute(
      `update "engagement_purchase" set "canceled_at" = null where "id" in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(ids)]
    )
  }

  /**
   * Sets each line's returned quantity to what the order says was received
   * (an absolute value, so handling the event twice changes nothing). Returns
   * the lines whose value changed, with the value they had before.
   */
  @InjectTransactionManager()
  async setReturnedQuantities(
    lines: { line_item_id: string; returned_quantity: number }[],
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<(PurchaseRow & { previous_returned_quantity: number })[]> {
    const manager = sharedContext.transactionManager!
    const changed: (PurchaseRow & { previous_returned_quantity: number })[] = []
    for (const line of lines) {
      const rows: (PurchaseRow & { previous_returned_quantity: number })[] = await manager.execute(
        `update "engagement_purchase" p set "returned_quantity" = least(?, p."quantity"), "updated_at" = now()
          from (select "id", "returned_quantity" from "engagement_purchase" where "line_item_id" = ? for update) old
         where p."id" = old."id" and p."returned_quantity" <> least(?, p."quantity")
         returning p."id", p."customer_id", p."order_id", p."line_item_id", p."product_id", p."variant_id",
           p."product_title", p."variant_title", p."thumbnail", p."quantity", p."returned_quantity",
           p."purchased_at", p."canceled_at", old."returned_quantity" as "previous_returned_quantity"`,
        [line.returned_quantity, line.line_item_id, line.returned_quantity]
      )
      changed.push(...rows)
    }
    return changed
  }

  /** Puts returned quantities back (compensation). */
  @InjectTransactionManager()
  async restoreReturnedQuantities(
    lines: { id: string; returned_quantity: number }[],
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    for (const line of lines) {
      await sharedContext.transactionManager!.execute(
        `update "engagement_purchase" set "returned_quantity" = ? where "id" = ?`,
        [line.returned_quantity, line.id]
      )
    }
  }

  /** How many wishlists hold each product now. */
  @InjectTransactionManager()
  async countWishlists(productIds: string[], @MedusaContext() sharedContext: TxContext = {}): Promise<ProductCount[]> {
    const rows: { product_id: string; count: number }[] = await sharedContext.transactionManager!.execute(
      `select "product_id", count(*)::int as "count" from "engagement_wishlist_item"
        where "product_id" in (select jsonb_array_elements_text(?::jsonb)) and "deleted_at" is null group by "product_id"`,
      [JSON.stringify(productIds)]
    )
    return rows.map((r) => ({ product_id: r.product_id, count: Number(r.count) }))
  }

  /** The Engagement page's figures for [from, to). */
  @InjectTransactionManager()
  async stats(
    input: { from: Date; to: Date; limit: number },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<EngagementStats> {
    const manager = sharedContext.transactionManager!
    const { from, to, limit } = input
    const [totals]: { views: number; viewers: number; wishlist_adds: number; purchases: number }[] = await manager.execute(
      `select
         (select count(*)::int from "engagement_view" where "viewed_at" >= ? and "viewed_at" < ? and "deleted_at" is null) as "views",
         (select count(distinct "actor")::int from "engagement_view" where "viewed_at" >= ? and "viewed_at" < ? and "deleted_at" is null) as "viewers",
         (select count(*)::int from "engagement_wishlist_item" where "created_at" >= ? and "created_at" < ?) as "wishlist_adds",
         (select count(*)::int from "engagement_purchase" where "purchased_at" >= ? and "purchased_at" < ? and "canceled_at" is null and "deleted_at" is null) as "purchases"`,
      [from, to, from, to, from, to, from, to]
    )
    const mostViewed: { product_id: string; views: number; viewers: number }[] = await manager.execute(
      `select "product_id", count(*)::int as "views", count(distinct "actor")::int as "viewers" from "engagement_view"
        where "viewed_at" >= ? and "viewed_at" < ? and "deleted_at" is null
        group by "product_id" order by count(*) desc, "product_id" limit ?`,
      [from, to, limit]
    )
    const mostWishlisted: { product_id: string; adds: number; still_wishlisted: number }[] = await manager.execute(
      `select "product_id", count(*)::int as "adds", (count(*) filter (where "deleted_at" is null))::int as "still_wishlisted"
         from "engagement_wishlist_item" where "created_at" >= ? and "created_at" < ?
        group by "product_id" order by count(*) desc, "product_id" limit ?`,
      [from, to, limit]
    )
    // Of the customers who viewed a product in the period, how many bought it
    // afterwards in the same period (canceled orders do not count).
    const conversion: { product_id: string; viewers: number; buyers: number }[] = await manager.execute(
      `with viewers as (
         select "product_id", count(distinct "actor")::int as "viewers" from "engagement_view"
          where "viewed_at" >= ? and "viewed_at" < ? and "deleted_at" is null group by "product_id"
       ), buyers as (
         select v."product_id", count(distinct p."customer_id")::int as "buyers"
           from "engagement_view" v
           join "engagement_purchase" p on p."customer_id" = v."customer_id" and p."product_id" = v."product_id"
            and p."purchased_at" >= v."viewed_at" and p."purchased_at" < ? and p."canceled_at" is null and p."deleted_at" is null
          where v."viewed_at" >= ? and v."viewed_at" < ? and v."deleted_at" is null
          group by v."product_id"
       )
       select viewers."product_id", viewers."viewers", coalesce(buyers."buyers", 0)::int as "buyers"
         from viewers left join buyers on buyers."product_id" = viewers."product_id"
        order by viewers."viewers" desc, viewers."product_id" limit ?`,
      [from, to, to, from, to, limit]
    )
    return {
      totals: {
        views: Number(totals.views),
        viewers: Number(totals.viewers),
        wishlist_adds: Number(totals.wishlist_adds),
        purchases: Number(totals.purchases),
      },
      most_viewed: mostViewed.map((r) => ({ product_id: r.product_id, views: Number(r.views), viewers: Number(r.viewers) })),
      most_wishlisted: mostWishlisted.map((r) => ({
        product_id: r.product_id,
        adds: Number(r.adds),
        still_wishlisted: Number(r.still_wishlisted),
      })),
      conversion: conversion.map((r) => ({
        product_id: r.product_id,
        viewers: Number(r.viewers),
        buyers: Number(r.buyers),
        rate: Number(r.viewers) > 0 ? Number(r.buyers) / Number(r.viewers) : 0,
      })),
    }
  }

  /** Everything held about a customer, for the data export and for erasure snapshots. */
  @InjectTransactionManager()
  async snapshotCustomer(customerId: string, @MedusaContext() sharedContext: TxContext = {}) {
    const manager = sharedContext.transactionManager!
    const consents: { id: string; customer_id: string; granted: boolean; created_at: Date; updated_at: Date }[] =
      await manager.execute(
        `select "id", "customer_id", "granted", "created_at", "updated_at" from "engagement_consent" where "customer_id" = ?`,
        [customerId]
      )
    const views: ViewRow[] = await manager.execute(
      `select "id", "actor", "customer_id", "visitor_id", "product_id", "viewed_at" from "engagement_view"
        where "customer_id" = ? order by "viewed_at"`,
      [customerId]
    )
    const wishlist: { id: string; customer_id: string; product_id: string; created_at: Date; deleted_at: Date | null }[] =
      await manager.execute(
        `select "id", "customer_id", "product_id", "created_at", "deleted_at" from "engagement_wishlist_item"
          where "customer_id" = ? order by "created_at"`,
        [customerId]
      )
    const purchases: PurchaseRow[] = await manager.execute(
      `select ${PURCHASE_COLUMNS} from "engagement_purchase" where "customer_id" = ? order by "purchased_at", "id"`,
      [customerId]
    )
    return { consents, views, wishlist, purchases }
  }

  /** Deletes (for good) everything held about a customer. */
  @InjectTransactionManager()
  async eraseCustomer(customerId: string, @MedusaContext() sharedContext: TxContext = {}): Promise<number> {
    const manager = sharedContext.transactionManager!
    let deleted = 0
    for (const table of ["engagement_view", "engagement_wishlist_item", "engagement_purchase", "engagement_consent"] as const) {
      const rows: { id: string }[] = await manager.execute(`delete from "${table}" where "customer_id" = ? returning "id"`, [
        customerId,
      ])
      deleted += rows.length
    }
    return deleted
  }

  /** Puts an erased customer's rows back (compensation of eraseCustomer). */
  @InjectTransactionManager()
  async restoreCustomer(
    snapshot: Awaited<ReturnType<EngagementModuleService["snapshotCustomer"]>>,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    for (const c of snapshot.consents) {
      await manager.execute(
        `insert into "engagement_consent" ("id", "customer_id", "granted", "created_at", "updated_at") values (?, ?, ?, ?, ?)
         on conflict do nothing`,
        [c.id, c.customer_id, c.granted, c.created_at, c.updated_at]
      )
    }
    await this.restoreViews(snapshot.views, sharedContext)
    for (const w of snapshot.wishlist) {
      await manager.execute(
        `insert into "engagement_wishlist_item" ("id", "customer_id", "product_id", "created_at", "deleted_at") values (?, ?, ?, ?, ?)
         on conflict do nothing`,
        [w.id, w.customer_id, w.product_id, w.created_at, w.deleted_at]
      )
    }
    for (const p of snapshot.purchases) {
      await manager.execute(
        `insert into "engagement_purchase" (${PURCHASE_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
        [
          p.id, p.customer_id, p.order_id, p.line_item_id, p.product_id, p.variant_id, p.product_title,
          p.variant_title, p.thumbnail, p.quantity, p.returned_quantity, p.purchased_at, p.canceled_at,
        ]
      )
    }
  }
}

export default EngagementModuleService
