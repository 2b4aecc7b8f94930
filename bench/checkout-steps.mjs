#!/usr/bin/env node
// CPU per step of the checkout journey: each step is run for a batch of carts
// before the next step starts, so the server's main-thread CPU and
// PostgreSQL's CPU over one batch belong to that step alone.
//
//   npm run bench -- --only checkout           # once: builds, seeds .data/bench/postgres
//   node bench/checkout-steps.mjs              # 300 carts, 10 at a time
//   BENCH_STEPS_CARTS=500 SHOP_CHECKOUT_LEAN=off node bench/checkout-steps.mjs
//
// The server is a fresh `medusa start` of the current build on the bench's
// database at 127.0.0.1:$BENCH_AB_PORT (9400), with this process's
// environment (so SHOP_* and MEDUSA_* switches reach it) and the Node flags in
// BENCH_SERVER_NODE_ARGS. After 10 s of the full scenario as warm-up it runs,
// per batch: a store request that matches no route (what every store request
// costs before its route: publishable-key check, session, body parsing,
// logging), then cart, item, addresses, shipping options, shipping method,
// payment collection, payment session (mock card 4242…) and completion. The
// completion's row includes the work its subscribers do (mail, invoice,
// purchase history, recommendations), which overlaps the batch; what is left
// after it is printed apart. Identical runs differ by 10–20 % on the 2-core
// VM: compare set-ups run back to back, more than once.
import { publishableKey } from "../bin/lib/stack.mjs"
import { runCheckoutScenario } from "../tests/load/checkout-scenario.mjs"
import { openBenchDatabase, startBenchServer } from "./lib/bench-server.mjs"
import { postgresPids, sum, ticks, TICKS_PER_SECOND } from "./lib/proc-cpu.mjs"

const carts = Number(process.env.BENCH_STEPS_CARTS || 300)
const concurrency = Number(process.env.BENCH_STEPS_CONCURRENCY || 10)
const port = Number(process.env.BENCH_AB_PORT || 9400)
if (!Number.isInteger(carts) || carts < 10 || carts > 5000) throw new Error("BENCH_STEPS_CARTS must be 10…5000")
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 50) throw new Error("BENCH_STEPS_CONCURRENCY must be 1…50")

const MOCK_CARD = "pp_mock-card_mock-card"
const CARD = { number: "4242 4242 4242 4242", exp_month: 12, exp_year: new Date().getUTCFullYear() + 2, cvc: "123" }
const ADDRESS = { first_name: "Step", last_name: "Bench", address_1: "Musterstr. 13", city: "Berlin", postal_code: "10115", country_code: "de" }

/** PostgreSQL's CPU ticks so far (its backends come and go with the pool). */
function postgresTicks() {
  return sum(postgresPids())
}

const database = await openBenchDatabase()
let server = null
try {
  server = await startBenchServer({
    database,
    port,
    logName: "steps-server",
    nodeFlags: (process.env.BENCH_SERVER_NODE_ARGS || "").split(/\s+/).filter(Boolean),
  })
  const child = server.child
  const base = server.baseUrl
  const key = await publishableKey(database.url)
  await runCheckoutScenario({ baseUrl: base, publishableKey: key, concurrency: 20, durationMs: 10000, restockTo: 5000 })

  const headers = { "x-publishable-api-key": key }
  async function call(method, route, body) {
    const res = await fetch(base + route, {
      method,
      headers: body ? { ...headers, "content-type": "application/json" } : headers,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(60000),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${text.slice(0, 200)}`)
    return JSON.parse(text)
  }
  const { regions } = await call("GET", "/store/regions?limit=50&fields=id,name")
  const region = regions.find((r) => r.name === "Europe") ?? regions[0]
  const { products } = await call("GET", `/store/products?limit=200&region_id=${region.id}&fields=id,variants.id,%2Bvariants.inventory_quantity`)
  const variants = products
    .flatMap((p) => p.variants ?? [])
    .filter((v) => (v.inventory_quantity ?? 0) >= carts)
    .map((v) => v.id)
    .slice(0, 10)
  if (!variants.length) throw new Error("no variant with enough stock: run the checkout scenario's restock first")

  const mainThread = `/proc/${child.pid}/task/${child.pid}/stat`
  const run = Date.now()
  const state = Array.from({ length: carts }, (_, i) => ({ i, email: `steps-${run}-${i}@example.com` }))
  const rows = []
  async function step(name, action) {
    const before = { main: ticks(mainThread), postgres: postgresTicks(), at: Date.now() }
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < state.length) await action(state[next++])
      })
    )
    const perRequest = (delta) => Number((((delta / TICKS_PER_SECOND) * 1000) / carts).toFixed(1))
    rows.push({
      step: name,
      "main thread ms": perRequest(ticks(mainThread) - before.main),
      "PostgreSQL ms": perRequest(postgresTicks() - before.postgres),
      "wall ms": Number(((Date.now() - before.at) / carts).toFixed(1)),
    })
  }

  await step("no route (store)", async () => {
    await fetch(`${base}/store/no-such-route`, { headers }).then((res) => res.text())
  })
  await step("create cart", async (c) => {
    c.cart = (await call("POST", "/store/carts?fields=id", { region_id: region.id, email: c.email })).cart.id
  })
  await step("add item", async (c) => {
    await call("POST", `/store/carts/${c.cart}/line-items?fields=id`, { variant_id: variants[c.i % variants.length], quantity: 1 })
  })
  await step("addresses", async (c) => {
    await call("POST", `/store/carts/${c.cart}?fields=id`, { email: c.email, shipping_address: ADDRESS, billing_address: ADDRESS })
  })
  await step("shipping options", async (c) => {
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${c.cart}&fields=id,name`)
    c.option = (shipping_options.find((o) => o.name === "Standard") ?? shipping_options[0]).id
  })
  await step("shipping method", async (c) => {
    await call("POST", `/store/carts/${c.cart}/shipping-methods?fields=id`, { option_id: c.option })
  })
  await step("payment collection", async (c) => {
    c.collection = (await call("POST", "/store/payment-collections?fields=id", { cart_id: c.cart })).payment_collection.id
  })
  await step("payment session", async (c) => {
    await call("POST", `/store/payment-collections/${c.collection}/payment-sessions?fields=id`, { provider_id: MOCK_CARD, data: { card: CARD } })
  })
  await step("complete", async (c) => {
    const result = await call("POST", `/store/carts/${c.cart}/complete?fields=id`)
    if (result.type !== "order") throw new Error(`complete: ${result.error?.message ?? "no order"}`)
  })
  // What the completions' subscribers still do once the batch has its answers.
  const before = { main: ticks(mainThread), postgres: postgresTicks() }
  for (let last = -1, now = ticks(mainThread); now - last > 2; last = now, now = ticks(mainThread)) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const perOrder = (delta) => Number((((delta / TICKS_PER_SECOND) * 1000) / carts).toFixed(1))
  rows.push({
    step: "after completion",
    "main thread ms": perOrder(ticks(mainThread) - before.main),
    "PostgreSQL ms": perOrder(postgresTicks() - before.postgres),
    "wall ms": null,
  })
  const journey = rows.filter((r) => r.step !== "no route (store)")
  rows.push({
    step: "journey",
    "main thread ms": Number(journey.reduce((sum, r) => sum + r["main thread ms"], 0).toFixed(1)),
    "PostgreSQL ms": Number(journey.reduce((sum, r) => sum + r["PostgreSQL ms"], 0).toFixed(1)),
    "wall ms": null,
  })
  console.log(`CPU per request, ${carts} carts, ${concurrency} at a time:`)
  console.table(rows)
} finally {
  await server?.stop()
  await database.stop?.()
}
