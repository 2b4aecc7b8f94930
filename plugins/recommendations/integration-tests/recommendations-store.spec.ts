import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { eventually } from "../../../tests/helpers/eventually"
import { expectStatus } from "../../../tests/helpers/http"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import type { CatalogueFacts } from "../src/lib/core/blend"
import type { RecommenderEvent } from "../src/lib/core/events"
import { MemoryRecommender } from "../src/lib/core/memory-recommender"
import { recommendAlsoBought, recommendForYou } from "../src/lib/core/recommend"
import { RECOMMENDATIONS_MODULE } from "../src/modules/recommendations"
import type RecommendationsModuleService from "../src/modules/recommendations/service"
import { updateRecommendationsWorkflow } from "../src/workflows/update-recommendations"
import { eraseRecommendationsSectionWorkflow, exportRecommendationsSectionWorkflow } from "../src/workflows"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(300000)

type Product = { id: string; handle: string; brand: string | null }
type Rec = { id: string; title: string; handle: string; price: number | null; reason: string }

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    const rows = async (sql: string, bindings: unknown[] = []) => (await db.raw(sql, bindings)).rows
    const service = (): RecommendationsModuleService => getContainer().resolve(RECOMMENDATIONS_MODULE)
    let client: ShopClient
    let dana: Customer
    let products: Product[]
    let clock = Date.now() - 3 * 24 * 3600 * 1000
    let nextSource = 0

    const apply = async (container: MedusaContainer, event: RecommenderEvent) =>
      (await updateRecommendationsWorkflow(container).run({ input: event })).result
    const record = (actor: string, product: Product, kind: "view" | "wishlist" | "purchase") =>
      apply(getContainer(), {
        type: "recorded",
        actor,
        product_id: product.id,
        kind,
        occurred_at: (clock += 1000),
        source_id: `src_test_${nextSource++}`,
      })
    const forYou = async (options: { token?: string; visitor?: string; limit?: number } = {}) => {
      const res = await client.store("get", `/store/recommendations/for-you?limit=${options.limit ?? 20}`, {
        token: options.token,
        headers: options.visitor ? { "x-shop-visitor": options.visitor } : {},
      })
      expectStatus(res, 200, "for-you")
      return res.data as { rail: string; personalized: boolean; products: Rec[] }
    }
    const alsoBought = async (id: string, token?: string) => {
      const res = await client.store("get", `/store/products/${id}/recommendations?limit=10`, { token })
      expectStatus(res, 200, "also bought")
      return res.data.products as Rec[]
    }
    const ids = (list: Rec[]) => list.map((p) => p.id)
    // One live row per customer or visitor (engagement's unique indexes): the choice replaces the previous one.
    const grantConsent = async (who: { customer_id?: string; visitor_id?: string }, granted = true) => {
      await rows(`delete from engagement_consent where customer_id = ? or visitor_id = ?`, [who.customer_id ?? null, who.visitor_id ?? null])
      await rows(
        `insert into engagement_consent (id, customer_id, visitor_id, granted, updated_at) values (?, ?, ?, ?, now())`,
        [`cons_${randomUUID()}`, who.customer_id ?? null, who.visitor_id ?? null, granted]
      )
    }

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      const published = await rows(`select count(*)::int as n from product where status = 'published' and deleted_at is null`)
      await eventually(async () => {
        const [{ n }] = await rows(`select count(*)::int as n from product_index_entry where deleted_at is null`)
        return n === published[0].n
      }, "the product index", 30000)
      products = (await rows(
        `select id, handle, brand_key as brand from product_index_entry where stock > 0 and deleted_at is null order by handle limit 12`
      )) as Product[]
      dana = await registerCustomer(client, "dana")
      // @shop/engagement owns this table; until it is merged the suite makes the contract's columns itself.
      await rows(`create table if not exists engagement_consent (
        id text primary key, customer_id text null, visitor_id text null, granted boolean not null,
        created_at timestamptz not null default now(), updated_at timestamptz not null default now(), deleted_at timestamptz null)`)

      // Shoppers who buy P0 buy P1 with it; some view P2 with P0; P3 is the bestseller among everyone else.
      const [p0, p1, p2, p3] = products
      for (let i = 0; i < 6; i++) {
        const v = `visitor:${randomUUID()}`
        await record(v, p0, "purchase")
        await record(v, p1, "purchase")
        if (i < 3) await record(v, p2, "view")
      }
      for (let i = 0; i < 8; i++) await record(`visitor:${randomUUID()}`, p3, "purchase")
      await record(`customer:${dana.id}`, p0, "purchase")
    })

    // The runner restores the database to its state after beforeAll before every test.
    beforeEach(() => service().forgetPopular())

    it("cold start: an anonymous shopper gets recent bestsellers and trending items", async () => {
      const body = await forYou()
      expect(body.rail).toBe("for-you")
      expect(body.personalized).toBe(false)
      expect(body.products[0]).toMatchObject({ id: products[3].id, reason: "bestseller" })
      expect(ids(body.products)).toEqual(expect.arrayContaining([products[0].id, products[1].id]))
      expect(body.products[0]).toEqual(
        expect.objectContaining({ title: expect.any(String), handle: products[3].handle, price: expect.any(Number), currency_code: "eur" })
      )
      expect(body.products.length).toBeLessThanOrEqual(20)
      expect((await forYou({ limit: 2 })).products).toHaveLength(2)
    })

    it("bestsellers: most bought over 30 days first, only what is in stock; none in a shop without sales", async () => {
      const get = async (query: string) => client.store("get", `/store/recommendations/bestsellers${query}`)
      const res = await get("?limit=3")
      expectStatus(res, 200, "bestsellers")
      expect(res.data.rail).toBe("bestsellers")
      // P3 was bought 8 times, P0 7 times (6 visitors and Dana), P1 6 times.
      expect(res.data.products.map((p: Rec) => [p.id, p.reason])).toEqual([
        [products[3].id, "bestseller"],
        [products[0].id, "bestseller"],
        [products[1].id, "bestseller"],
      ])
      await rows(`update product_index_entry set stock = 0 where id = ?`, [products[3].id])
      expect((await get("?limit=2")).data.products.map((p: Rec) => p.id)).toEqual([products[0].id, products[1].id])
      expect((await get("?limit=0")).status).toBe(400)
      expect((await get("?limit=abc")).status).toBe(400)
      await rows(`truncate recommendation_item_day`)
      expect((await get("")).data.products).toEqual([])
    })

    it("cold start in a new shop (no interactions at all): the newest products in stock", async () => {
      await rows(`truncate recommendation_source, recommendation_actor_item, recommendation_pair, recommendation_item, recommendation_neighbor, recommendation_item_day`)
      service().forgetPopular()
      const body = await forYou({ limit: 4 })
      expect(body.personalized).toBe(false)
      const newest = await rows(
        `select id from product_index_entry where deleted_at is null and stock > 0 order by product_created_at desc, id limit 4`
      )
      expect(body.products.map((p) => [p.id, p.reason])).toEqual(newest.map((r) => [r.id, "new"]))
      expect((await alsoBought(products[0].id)).length).toBeGreaterThan(0)
    })

    it("a customer who bought P0 gets P0's neighbours first and never P0 again", async () => {
      const body = await forYou({ token: dana.token })
      expect(body.personalized).toBe(true)
      expect(body.products[0]).toMatchObject({ id: products[1].id, reason: "similar" })
      expect(ids(body.products)).toContain(products[2].id)
      expect(ids(body.products)).not.toContain(products[0].id)
      // The product page rail of P0 shows what its buyers bought too.
      expect(ids(await alsoBought(products[0].id)).slice(0, 2)).toEqual([products[1].id, products[2].id])
    })

    it("a consumable product may be recommended again after it was bought", async () => {
      expectStatus(await client.admin("post", `/admin/products/${products[0].id}`, { metadata: { consumable: true } }), 200, "flag consumable")
      expect(ids((await forYou({ token: dana.token })).products)).toContain(products[0].id)
      expectStatus(await client.admin("post", `/admin/products/${products[0].id}`, { metadata: { consumable: false } }), 200, "unflag")
      expect(ids((await forYou({ token: dana.token })).products)).not.toContain(products[0].id)
    })

    it("seen-item policy: a product the shopper viewed never returns on \"for you\", even far back in the history", async () => {
      // P1 is popular (bought six times): a candidate for everyone. Dana views it, then 21 other products.
      const others = (await rows(
        `select id from product_index_entry where stock > 0 and deleted_at is null and id <> all(?::text[]) order by handle limit 21`,
        [products.slice(0, 4).map((p) => p.id)]
      )) as { id: string }[]
      expect(others.length).toBe(21)
      await record(`customer:${dana.id}`, products[1], "view")
      for (const o of others) await record(`customer:${dana.id}`, { id: o.id, handle: "", brand: null }, "view")
      const shown = ids((await forYou({ token: dana.token, limit: 50 })).products)
      expect(shown.length).toBeGreaterThan(0)
      expect(shown).not.toContain(products[1].id)
      expect(shown).not.toContain(products[0].id)
      for (const o of others) expect(shown).not.toContain(o.id)
    })

    it("the offline evaluation's engine and function rank exactly as the routes do for the same state", async () => {
      await record(`customer:${dana.id}`, products[2], "view")
      await record(`customer:${dana.id}`, products[5], "wishlist")
      // The same events in memory: the sources PostgreSQL holds, replayed in time order.
      const sources = (await rows(
        `select source_id, actor, product_id, kind, (extract(epoch from occurred_at) * 1000)::float8 as at, removed_at is not null as removed
         from recommendation_source where actor <> 'erased' order by occurred_at, source_id`
      )) as { source_id: string; actor: string; product_id: string; kind: "view" | "wishlist" | "purchase"; at: number; removed: boolean }[]
      const engine = new MemoryRecommender()
      for (const r of sources) {
        engine.apply({ type: "recorded", actor: r.actor, product_id: r.product_id, kind: r.kind, occurred_at: r.at, source_id: r.source_id }, { rank: false })
        if (r.removed) engine.apply({ type: "removed", actor: r.actor, product_id: r.product_id, kind: r.kind, source_id: r.source_id }, { rank: false })
      }
      engine.rerankAll()
      await service().rankStale(100000)
      const factRows = (await rows(
        `select e.id, e.brand_key as brand, (e.stock > 0) as available,
                coalesce(p.metadata->>'consumable', '') = 'true' as consumable,
                coalesce((select array_agg(pc.product_category_id) from product_category_product pc where pc.product_id = e.id), '{}') as categories
         from product_index_entry e left join product p on p.id = e.id where e.deleted_at is null`
      )) as (CatalogueFacts & { id: string })[]
      const facts = new Map(factRows.map((f) => [f.id, f]))
      const popular = await service().popular()
      const neighbours = (id: string) => engine.state.neighbours.get(id) ?? []

      const actors = [...new Set(sources.map((r) => r.actor))]
      expect(actors.length).toBeGreaterThan(10)
      for (const actor of actors) {
        const offline = recommendForYou({ actor: engine.actorState(actor), neighbours, popular, facts: (id) => facts.get(id), limit: 20 })
        const served = await service().forActor(actor, 20)
        expect([actor, served.products.map((p) => [p.id, p.reason])]).toEqual([actor, offline.map((r) => [r.product_id, r.reason])])
      }
      // Over HTTP too, and "also bought" for every product with neighbours.
      const offlineDana = recommendForYou({ actor: engine.actorState(`customer:${dana.id}`), neighbours, popular, facts: (id) => facts.get(id), limit: 20 })
      expect(ids((await forYou({ token: dana.token })).products)).toEqual(offlineDana.map((r) => r.product_id))
      for (const p of products.slice(0, 6)) {
        const offline = recommendAlsoBought({
          productId: p.id,
          neighbours: neighbours(p.id),
          bought: engine.actorState(`customer:${dana.id}`).bought,
          popular: popular.slice(0, 100),
          facts: (id) => facts.get(id),
          limit: 10,
        })
        expect([p.id, ids(await alsoBought(p.id, dana.token))]).toEqual([p.id, offline.map((r) => r.product_id)])
      }
    })

    it("never recommends a product out of stock or unpublished, on either rail", async () => {
      const [p0, p1, p2] = products
      const [level] = await rows(
        `select pvi.inventory_item_id, il.location_id from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
         join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
         where v.product_id = ? and v.deleted_at is null`,
        [p1.id]
      )
      expectStatus(
        await client.admin("post", `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`, { stocked_quantity: 0 }),
        200,
        "sell out P1"
      )
      expectStatus(await client.admin("post", `/admin/products/${p2.id}`, { status: "draft" }), 200, "unpublish P2")
      await eventually(async () => {
        const [a] = await rows(`select stock from product_index_entry where id = ?`, [p1.id])
        const [b] = await rows(`select id from product_index_entry where id = ? and deleted_at is null`, [p2.id])
        return a && Number(a.stock) === 0 && !b
      }, "the product index to see the changes", 20000)
      service().forgetPopular()
      for (const list of [(await forYou({ token: dana.token })).products, (await forYou()).products, await alsoBought(p0.id)]) {
        expect(ids(list)).not.toContain(p1.id)
        expect(ids(list)).not.toContain(p2.id)
      }
      // An unpublished product has no rail of its own.
      expect((await client.store("get", `/store/products/${p2.id}/recommendations`)).status).toBe(404)
      expectStatus(await client.admin("post", `/admin/products/${p2.id}`, { status: "published" }), 200, "publish P2")
      expectStatus(
        await client.admin("post", `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`, { stocked_quantity: 50 }),
        200,
        "restock P1"
      )
    })

    it("a visitor's history shapes their rail only with consent", async () => {
      const visitor = randomUUID()
      await record(`visitor:${visitor}`, products[0], "view")
      expect((await forYou({ visitor })).personalized).toBe(false)
      await grantConsent({ visitor_id: visitor })
      const body = await forYou({ visitor })
      expect(body.personalized).toBe(true)
      await grantConsent({ visitor_id: visitor }, false)
      expect((await forYou({ visitor })).personalized).toBe(false)
    })

    it("records impressions and clicks only with consent, and the admin sees the click-through", async () => {
      const visitor = randomUUID()
      const body = { type: "impression", rail: "for-you", product_ids: [products[0].id, products[1].id] }
      const post = (b: unknown, headers: Record<string, string> = {}, token?: string) =>
        client.store("post", "/store/recommendations/events", { body: b, headers, token })
      const count = async () => Number((await rows(`select count(*)::int as n from recommendation_feedback`))[0].n)

      const anonymous = await post(body)
      expect(anonymous.status).toBe(200)
      expect(anonymous.data).toEqual({ recorded: 0, consent: false })
      expect((await post(body, { "x-shop-visitor": visitor })).data).toEqual({ recorded: 0, consent: false })
      expect((await post(body, {}, dana.token)).data).toEqual({ recorded: 0, consent: false })
      expect(await count()).toBe(0)

      await grantConsent({ visitor_id: visitor })
      await grantConsent({ customer_id: dana.id })
      expect((await post(body, { "x-shop-visitor": visitor })).data).toEqual({ recorded: 2, consent: true })
      expect((await post(body, {}, dana.token)).data).toEqual({ recorded: 2, consent: true })
      expect((await post({ type: "click", rail: "for-you", product_ids: [products[1].id] }, {}, dana.token)).data.recorded).toBe(1)
      expect((await post({ type: "impression", rail: "also-bought", product_ids: [products[2].id] }, { "x-shop-visitor": visitor })).data.recorded).toBe(1)
      expect(await count()).toBe(6)

      const stats = await client.admin("get", "/admin/recommendations/click-through")
      expectStatus(stats, 200, "click-through")
      expect(stats.data.rails).toEqual(
        expect.arrayContaining([
          { rail: "for-you", impressions: 4, clicks: 1, ctr: 0.25 },
          { rail: "also-bought", impressions: 1, clicks: 0, ctr: 0 },
        ])
      )
      expect(stats.data.days).toHaveLength(2)
      const past = await client.admin("get", "/admin/recommendations/click-through?from=2020-01-01&to=2020-01-31")
      expect(past.data).toMatchObject({ from: "2020-01-01", to: "2020-01-31", rails: [], days: [] })
    })

    it("answers bad input with 400 and unknown things with 404", async () => {
      const bad = async (method: "get" | "post", path: string, body?: unknown, headers?: Record<string, string>) => {
        const res = await client.store(method, path, { body, headers })
        expect([path, res.status]).toEqual([path, 400])
        return res
      }
      await bad("get", "/store/recommendations/for-you?limit=0")
      await bad("get", "/store/recommendations/for-you?limit=51")
      await bad("get", "/store/recommendations/for-you?limit=abc")
      await bad("get", "/store/recommendations/for-you?bogus=1")
      await bad("get", "/store/recommendations/for-you", undefined, { "x-shop-visitor": "not-a-uuid" })
      await bad("get", `/store/products/${products[0].id}/recommendations?limit=-3`)
      await bad("post", "/store/recommendations/events", { type: "view", rail: "for-you", product_ids: [products[0].id] })
      await bad("post", "/store/recommendations/events", { type: "impression", rail: "elsewhere", product_ids: [products[0].id] })
      await bad("post", "/store/recommendations/events", { type: "impression", rail: "for-you", product_ids: [] })
      await bad("post", "/store/recommendations/events", { type: "impression", rail: "for-you", product_ids: ["'; drop table x"] })
      await bad("post", "/store/recommendations/events", { type: "click", rail: "for-you", product_ids: [products[0].id, products[1].id] })
      const admin = await client.admin("get", "/admin/recommendations/click-through?from=2026-13-01")
      expect(admin.status).toBe(400)
      expect((await client.admin("get", "/admin/recommendations/click-through?from=2026-02-01&to=2026-01-01")).status).toBe(400)
      expect((await client.store("get", "/store/products/prod_doesnotexist/recommendations")).status).toBe(404)
      expect((await client.admin("get", "/admin/recommendations/customers/cus_doesnotexist")).status).toBe(404)
      // Admin routes are for admins only.
      expect((await client.store("get", "/admin/recommendations/click-through", { token: dana.token })).status).toBe(401)
    })

    it("the admin sees a customer's current recommendations", async () => {
      const res = await client.admin("get", `/admin/recommendations/customers/${dana.id}?limit=5`)
      expectStatus(res, 200, "customer recommendations")
      expect(res.data).toMatchObject({ customer_id: dana.id, personalized: true })
      expect(res.data.products.length).toBeGreaterThan(0)
      expect(res.data.products.length).toBeLessThanOrEqual(5)
      expect(ids(res.data.products)).not.toContain(products[0].id)
    })

    it("learns from the engagement events on the event bus, once per source", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const actor = `visitor:${randomUUID()}`
      const data = { actor, customer_id: null, visitor_id: actor.slice(8), product_id: products[4].id, kind: "wishlist", occurred_at: new Date().toISOString(), source_id: "wli_bus_1" }
      await eventBus.emit({ name: "engagement.interaction.recorded", data })
      await eventBus.emit({ name: "engagement.interaction.recorded", data })
      await eventBus.emit({ name: "engagement.interaction.recorded", data: { ...data, source_id: "wli_bus_2", product_id: products[5].id } })
      // Malformed: ignored (logged), never half-applied.
      await eventBus.emit({ name: "engagement.interaction.recorded", data: { ...data, source_id: "wli_bus_bad", kind: "like" } })
      await eventually(async () => {
        const [{ n }] = await rows(`select count(*)::int as n from recommendation_actor_item where actor = ?`, [actor])
        return n === 2
      }, "the events to be applied")
      await new Promise((r) => setTimeout(r, 500))
      expect(await rows(`select source_id from recommendation_source where actor = ? order by source_id`, [actor])).toEqual([
        { source_id: "wli_bus_1" },
        { source_id: "wli_bus_2" },
      ])
      expect((await rows(`select co from recommendation_pair where product_id = ? and other_id = ?`, [products[4].id, products[5].id]))[0]).toEqual({ co: 4 })

      // The visitor logs in as erin: the history moves to her; then her account is erased.
      const erin = await registerCustomer(client, "erin")
      await eventBus.emit({ name: "engagement.actor.merged", data: { from: actor, to: `customer:${erin.id}` } })
      await eventually(async () => (await rows(`select 1 from recommendation_actor_item where actor = ?`, [`customer:${erin.id}`])).length === 2, "the merge")
      expect(await rows(`select 1 from recommendation_actor_item where actor = ?`, [actor])).toEqual([])
      await eventBus.emit({ name: "engagement.interaction.removed", data: { ...data, source_id: "wli_bus_1" } })
      await eventually(async () => (await rows(`select 1 from recommendation_actor_item where actor = ?`, [`customer:${erin.id}`])).length === 1, "the removal")
      expect(await rows(`select 1 from recommendation_pair where product_id = ?`, [products[4].id])).toEqual([])
      await eventBus.emit({ name: "engagement.actor.erased", data: { actor: `customer:${erin.id}` } })
      await eventually(async () => (await rows(`select 1 from recommendation_actor_item where actor = ?`, [`customer:${erin.id}`])).length === 0, "the erasure")
    })

    it("exports and erases the customer's recommendation data", async () => {
      await grantConsent({ customer_id: dana.id })
      const feedback = { type: "impression", rail: "for-you", product_ids: [products[1].id, products[2].id, products[3].id] }
      expect((await client.store("post", "/store/recommendations/events", { body: feedback, token: dana.token })).data.recorded).toBe(3)
      const { result: exported } = await exportRecommendationsSectionWorkflow(getContainer()).run({ input: { customer_id: dana.id } })
      expect(exported.interactions).toEqual([{ product_id: products[0].id, weight: 3, last_at: expect.any(String) }])
      expect(exported.feedback).toHaveLength(3)
      const { result } = await eraseRecommendationsSectionWorkflow(getContainer()).run({ input: { customer_id: dana.id } })
      expect(result).toEqual({ feedback_deleted: 3 })
      expect(await rows(`select 1 from recommendation_source where actor = ?`, [`customer:${dana.id}`])).toEqual([])
      expect(await rows(`select 1 from recommendation_actor_item where actor = ?`, [`customer:${dana.id}`])).toEqual([])
      expect((await forYou({ token: dana.token })).personalized).toBe(false)
    })
  },
})
