import { randomUUID } from "crypto"
import { Shopper, TEST_CARDS } from "../helpers/checkout"
import { fetchClient } from "../helpers/fetch-client"
import type { HttpClient } from "../helpers/http"
import { adminHeaders, adminToken, storeHeaders } from "../helpers/store-fixtures"
import { startServer, useScaleStore } from "./servers"

jest.setTimeout(900000)

/**
 * @shop/engagement with two HTTP servers (MEDUSA_WORKER_MODE=server) and one
 * worker (worker) on Redis: the servers only emit, the worker handles every
 * order event exactly once, and view dedupe holds across processes.
 */
describe("engagement events with two servers and a worker on Redis", () => {
  const shop = useScaleStore("shop_scale_engagement", ({ env }) =>
    Promise.all([
      startServer({ ...env, MEDUSA_WORKER_MODE: "server" }, "engagement-a"),
      startServer({ ...env, MEDUSA_WORKER_MODE: "server" }, "engagement-b"),
    ])
  )

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const { rows } = await shop.pg.query(`select count(*)::int as n from (${sql}) t`, params)
    return Number(rows[0].n)
  }

  const waitFor = async (probe: () => Promise<boolean>, what: string, timeoutMs = 60000) => {
    const started = Date.now()
    while (!(await probe())) {
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
      await new Promise((r) => setTimeout(r, 250))
    }
  }

  const store = (http: HttpClient, method: "get" | "post", url: string, headers: Record<string, string>, body?: unknown) => {
    const config = storeHeaders({ publishableKey: shop.publishableKey }, undefined, headers)
    return method === "post" ? http.post(url, body ?? {}, config) : http.get(url, config)
  }

  it("dedupes 20 concurrent views of one product by one visitor across both servers", async () => {
    const [a, b] = shop.servers.map((s) => fetchClient(s.url))
    const visitor = { "x-shop-visitor": randomUUID() }
    expect((await store(a, "post", "/store/engagement/consent", visitor, { granted: true })).status).toBe(200)
    const product = (await shop.pg.query("select id from product where handle = 'cucumber'")).rows[0].id
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store(i % 2 ? b : a, "post", "/store/engagement/views", visitor, { product_id: product }))
    )
    expect(answers.every((r) => r.status === 200)).toBe(true)
    expect(answers.filter((r) => r.data.recorded === true)).toHaveLength(1)
    expect(await count("select 1 from engagement_view where visitor_id = $1", [visitor["x-shop-visitor"]])).toBe(1)
  })

  it("order events wait for the worker, which records every line exactly once", async () => {
    const clients = shop.servers.map((s) => fetchClient(s.url))
    const variants = (
      await shop.pg.query("select id from product_variant where sku in ('ORGANIC-CARROTS', 'CUCUMBER', 'WAXY-POTATOES') order by sku")
    ).rows.map((r) => String(r.id))
    expect(variants).toHaveLength(3)

    // Six customers' orders (guest checkouts get a customer record too), alternating shop.servers.
    const orders: string[] = []
    for (let i = 0; i < 6; i += 1) {
      const shopper = new Shopper(clients[i % 2], shop.publishableKey)
      await shopper.fillCart(shop.regionId, variants[i % 3], 1 + (i % 2))
      expect((await shopper.addItem(variants[(i + 1) % 3], 1)).status).toBe(200)
      await shopper.payWithCard(TEST_CARDS.authorized)
      const done = await shopper.complete()
      expect(done.status).toBe(200)
      expect(done.data.type).toBe("order")
      orders.push(done.data.order.id)
    }
    const lines = await count(`select 1 from order_item oi join "order" o on o.id = oi.order_id where o.id = any($1::text[])`, [orders])
    expect(lines).toBe(12)

    // The servers do not handle events: nothing is recorded until a worker runs.
    await new Promise((r) => setTimeout(r, 3000))
    expect(await count("select 1 from engagement_purchase")).toBe(0)

    await shop.start({ ...shop.env, MEDUSA_WORKER_MODE: "worker" }, "engagement-worker")
    await waitFor(async () => (await count("select 1 from engagement_purchase")) >= lines, "the worker to record the purchases")
    // Give any duplicate delivery time to show, then count exactly.
    await new Promise((r) => setTimeout(r, 3000))
    expect(await count("select 1 from engagement_purchase")).toBe(lines)
    expect(await count("select distinct line_item_id from engagement_purchase")).toBe(lines)
    expect(await count("select 1 from engagement_purchase where order_id = any($1::text[])", [orders])).toBe(lines)
    // The recommender consumes the same events on the worker: each purchase counted once there too.
    await waitFor(async () => (await count("select 1 from recommendation_source where kind = 'purchase'")) >= lines, "the recommender")
    expect(await count("select 1 from recommendation_source where kind = 'purchase'")).toBe(lines)

    // A cancellation, emitted by server B, is handled by the worker once.
    const canceled = await clients[1].post(`/admin/orders/${orders[0]}/cancel`, {}, adminHeaders(await adminToken(clients[1])))
    expect(canceled.status).toBe(200)
    await waitFor(
      async () => (await count("select 1 from engagement_purchase where order_id = $1 and canceled_at is not null", [orders[0]])) === 2,
      "the cancellation"
    )
    expect(await count("select 1 from engagement_purchase where canceled_at is not null")).toBe(2)
    await waitFor(
      async () => (await count("select 1 from recommendation_source where kind = 'purchase' and removed_at is not null")) === 2,
      "the recommender to drop the canceled lines"
    )
    expect(await count("select 1 from recommendation_source where kind = 'purchase' and removed_at is null")).toBe(lines - 2)
  })
})
