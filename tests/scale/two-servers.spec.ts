import os from "os"
import path from "path"
import { Client } from "pg"
import { Shopper, TEST_CARDS } from "../helpers/checkout"
import { fetchClient } from "../helpers/fetch-client"
import type { Db, HttpResponse } from "../helpers/http"
import { setStock } from "../helpers/store-fixtures"
import type { Server } from "./servers"
import { assertRedis, migrateAndSeed, serverEnv, startServer, stopServer, tail } from "./servers"

jest.setTimeout(900000)

/**
 * The checkout guarantees with two server processes sharing PostgreSQL and
 * Redis (locking, events, workflows): every request is sent to one of the two
 * servers in turn, so the lock must hold across processes.
 */
describe("two Medusa servers sharing Redis", () => {
  const dbName = `shop_scale_${Date.now()}`
  const admin = new Client({
    host: "127.0.0.1",
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  let db: Client | undefined
  let adminConnected = false
  const knex: Db = { raw: async (sql, bindings = []) => {
    // knex-style "?" placeholders to pg's $1..$n
    let n = 0
    const text = sql.replace(/\?/g, () => `$${++n}`)
    if (!db) throw new Error("the scale database is not connected")
    const { rows } = await db.query(text, bindings as unknown[])
    return { rows }
  } }
  const servers: Server[] = []
  let publishableKey = ""
  let regionId = ""

  beforeAll(async () => {
    const redisUrl = await assertRedis(process.env.REDIS_URL)
    await admin.connect()
    adminConnected = true
    await admin.query(`create database "${dbName}"`)
    const databaseUrl = `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "")}:${encodeURIComponent(
      process.env.DB_PASSWORD ?? ""
    )}@127.0.0.1:${process.env.DB_PORT}/${dbName}`
    const env = serverEnv(databaseUrl, redisUrl)
    await migrateAndSeed(env, path.join(os.tmpdir(), `${dbName}-setup.log`))
    servers.push(...(await Promise.all([startServer(env, "a"), startServer(env, "b")])))

    db = new Client({ connectionString: databaseUrl })
    await db.connect()
    const keys = await db.query("select token from api_key where type = 'publishable' and revoked_at is null")
    publishableKey = keys.rows[0].token
    const regions = await db.query("select id from region where name = 'Europe'")
    regionId = regions.rows[0].id
  })

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s)))
    await db?.end()
    if (adminConnected) {
      await admin.query(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
      await admin.end()
    }
  })

  afterEach(() => {
    const state = expect.getState()
    if (state.assertionCalls !== state.numPassingAsserts) {
      for (const s of servers) console.warn(`--- ${s.url} (${s.logFile})\n${tail(s.logFile, 60)}`)
    }
  })

  it("20 completions of one cart, spread over both servers: one order, one authorization", async () => {
    const [a, b] = servers.map((s) => fetchClient(s.url))
    const { rows } = await knex.raw("select v.id from product_variant v where v.sku = 'VALENCIA-ORANGES'")
    const shopper = new Shopper(a, publishableKey)
    await shopper.fillCart(regionId, String(rows[0].id))
    await shopper.payWithCard(TEST_CARDS.authorized)
    const onB = new Shopper(b, publishableKey, shopper.email)
    onB.cartId = shopper.cartId

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? onB : shopper).complete()))

    const orders = answers.filter((r) => r.status === 200 && r.data.type === "order")
    expect(orders.length).toBeGreaterThanOrEqual(1)
    expect(new Set(orders.map((r) => r.data.order.id)).size).toBe(1)
    for (const r of answers.filter((r) => !orders.includes(r))) expect(r.status).toBe(409)
    const counts = await knex.raw(
      `select (select count(*)::int from "order") as orders, (select count(*)::int from payment) as payments,
              (select count(*)::int from payment_session where authorized_at is not null) as authorized`
    )
    expect(counts.rows[0]).toEqual({ orders: 1, payments: 1, authorized: 1 })
  })

  it("30 shoppers on two servers racing for 5 units: exactly 5 orders, stock 0, the others out of stock", async () => {
    const clients = servers.map((s) => fetchClient(s.url))
    await setStock(clients[0], knex, "GOLDEN-KIWI", 5)
    const { rows } = await knex.raw(
      `select v.id, pvi.inventory_item_id from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id where v.sku = 'GOLDEN-KIWI'`
    )
    const variantId = String(rows[0].id)
    const inventoryItemId = String(rows[0].inventory_item_id)
    const ordersBefore = Number((await knex.raw(`select count(*)::int as n from "order"`)).rows[0].n)

    const shoppers = Array.from({ length: 30 }, (_, i) => new Shopper(clients[i % 2], publishableKey))
    for (const shopper of shoppers) {
      await shopper.fillCart(regionId, variantId)
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
    const level = await knex.raw(
      `select stocked_quantity::int as stocked, reserved_quantity::int as reserved from inventory_level where inventory_item_id = ?`,
      [inventoryItemId]
    )
    expect(level.rows[0]).toEqual({ stocked: 5, reserved: 5 })
    const ordersAfter = Number((await knex.raw(`select count(*)::int as n from "order"`)).rows[0].n)
    expect(ordersAfter - ordersBefore).toBe(5)
  })
})
