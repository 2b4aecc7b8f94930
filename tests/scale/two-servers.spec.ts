import Redis from "ioredis"
import { adminSessionCookie, SEEDED_ADMIN, whoAmI } from "../helpers/admin-session"
import { Shopper, TEST_CARDS } from "../helpers/checkout"
import { fetchClient } from "../helpers/fetch-client"
import type { HttpResponse } from "../helpers/http"
import { setStock } from "../helpers/store-fixtures"
import { startServer, useScaleStore } from "./servers"

jest.setTimeout(900000)

/**
 * The checkout guarantees with two server processes sharing PostgreSQL and
 * Redis (locking, events, workflows): every request is sent to one of the two
 * servers in turn, so the lock must hold across processes.
 */
describe("two Medusa servers sharing Redis", () => {
  const store = useScaleStore("shop_scale", ({ env }) => Promise.all([startServer(env, "a"), startServer(env, "b")]))

  it("20 completions of one cart, spread over both servers: one order, one authorization", async () => {
    const [a, b] = store.servers.map((s) => fetchClient(s.url))
    const { rows } = await store.db.raw("select v.id from product_variant v where v.sku = 'VALENCIA-ORANGES'")
    const shopper = new Shopper(a, store.publishableKey)
    await shopper.fillCart(store.regionId, String(rows[0].id))
    await shopper.payWithCard(TEST_CARDS.authorized)
    const onB = new Shopper(b, store.publishableKey, shopper.email)
    onB.cartId = shopper.cartId

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? onB : shopper).complete()))

    const orders = answers.filter((r) => r.status === 200 && r.data.type === "order")
    expect(orders.length).toBeGreaterThanOrEqual(1)
    expect(new Set(orders.map((r) => r.data.order.id)).size).toBe(1)
    for (const r of answers.filter((r) => !orders.includes(r))) expect(r.status).toBe(409)
    const counts = await store.db.raw(
      `select (select count(*)::int from "order") as orders, (select count(*)::int from payment) as payments,
              (select count(*)::int from payment_session where authorized_at is not null) as authorized`
    )
    expect(counts.rows[0]).toEqual({ orders: 1, payments: 1, authorized: 1 })
  })

  it("30 shoppers on two servers racing for 5 units: exactly 5 orders, stock 0, the others out of stock", async () => {
    const clients = store.servers.map((s) => fetchClient(s.url))
    await setStock(clients[0], store.db, "GOLDEN-KIWI", 5)
    const { rows } = await store.db.raw(
      `select v.id, pvi.inventory_item_id from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id where v.sku = 'GOLDEN-KIWI'`
    )
    const variantId = String(rows[0].id)
    const inventoryItemId = String(rows[0].inventory_item_id)
    const ordersBefore = Number((await store.db.raw(`select count(*)::int as n from "order"`)).rows[0].n)

    const shoppers = Array.from({ length: 30 }, (_, i) => new Shopper(clients[i % 2], store.publishableKey))
    for (const shopper of shoppers) {
      await shopper.fillCart(store.regionId, variantId)
      await shopper.payWithCard(TEST_CARDS.authorized)
    }

    const answers: HttpResponse[] = await Promise.all(shoppers.map((s) => s.complete()))

    const won = answers.filter((r) => r.status === 200 && r.data.type === "order")
    const lost = answers.filter((r) => !won.includes(r))
    expect(won).toHaveLength(5)
    for (const r of lost) {
      expect(r.status).toBe(400)
      expect(r.data.message).toMatch(/^Out of stock: "Golden Kiwi \(4 Pack\)" \(0 left, 1 wanted\)|^Not enough stock available/)
    }
    const level = await store.db.raw(
      `select stocked_quantity::int as stocked, reserved_quantity::int as reserved from inventory_level where inventory_item_id = ?`,
      [inventoryItemId]
    )
    expect(level.rows[0]).toEqual({ stocked: 5, reserved: 5 })
    const ordersAfter = Number((await store.db.raw(`select count(*)::int as n from "order"`)).rows[0].n)
    expect(ordersAfter - ordersBefore).toBe(5)
  })

  it("an admin session started on one server is valid on the other, stored under the shop's Redis namespace", async () => {
    const [a, b] = store.servers
    const cookie = await adminSessionCookie(a.url)

    expect(await whoAmI(b.url, cookie)).toEqual({ status: 200, email: SEEDED_ADMIN.email })
    expect(await whoAmI(a.url, cookie)).toEqual({ status: 200, email: SEEDED_ADMIN.email })
    expect((await whoAmI(b.url, "connect.sid=s%3Aforged.signature")).status).toBe(401)
    // Two shops sharing one Redis must not share sessions: ours live under its namespace only.
    const redis = new Redis(String(store.env.REDIS_URL))
    try {
      const sid = decodeURIComponent(cookie.slice("connect.sid=".length)).replace(/^s:/, "").split(".")[0]
      expect(await redis.exists(`${store.env.REDIS_NAMESPACE}:sess:${sid}`)).toBe(1)
      expect(await redis.exists(`sess:${sid}`)).toBe(0)
    } finally {
      redis.disconnect()
    }
  })
})
