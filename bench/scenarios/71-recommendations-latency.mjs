// The recommendation store routes at 5,000 products and 1,000,000 interactions:
// bulk-generated in SQL into the bench's own database, then p95 over HTTP on
// loopback, one connection (latency) and the run's connections (under load). Goal: p95 < 20 ms.
import { latencyRun, loadBenchData, writeBenchIndexRows } from "../lib/recommendations.mjs"

const PRODUCTS = Number(process.env.BENCH_REC_PRODUCTS || 5000)
const INTERACTIONS = Number(process.env.BENCH_REC_INTERACTIONS || 1_000_000)
const ACTORS = Number(process.env.BENCH_REC_ACTORS || 50_000)
// BENCH_REC_SKIP_LOAD=1 measures the data already loaded (a second run against the same database).
const SKIP_LOAD = process.env.BENCH_REC_SKIP_LOAD === "1"
const CUSTOMERS = 20
// Events replayed through the PostgreSQL engine after the bulk load (a 1,000,000-event replay takes hours here).
const REPLAY = Number(process.env.BENCH_REC_REPLAY || 5000)
const GOAL_MS = 20

async function registerCustomers(ctx, n) {
  const out = []
  for (let i = 0; i < n; i++) {
    const email = `bench-rec-${Date.now()}-${i}@example.test`
    const password = "bench-pass-2026"
    const post = (p, body, token) =>
      fetch(`${ctx.baseUrl}${p}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": ctx.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, data: await r.json() }))
    // Customers sign up through api/v1 (Medusa's own sign-up routes are closed); 20 per client and hour.
    const created = await post("/api/v1/customer/registration/", {
      username: `bench_rec_${Date.now().toString(36)}_${i}`,
      email,
      password,
      first_name: "Bench",
      last_name: `Shopper ${i}`,
      address: "Benchstraße 1, 10115 Berlin",
      phone: "+49 30 1234567",
    })
    const login = await post("/auth/customer/emailpass", { email, password })
    if (created.status !== 201 || login.status !== 200) throw new Error(`could not register a bench customer: ${created.status} ${login.status}`)
    out.push({ id: created.data.id, token: login.data.token })
  }
  return out
}

async function loginBenchCustomers(ctx, db) {
  const { rows } = await db.raw(`select id, email from customer where email like 'bench-rec-%' and deleted_at is null order by email limit ?`, [CUSTOMERS])
  const out = []
  for (const row of rows) {
    const res = await fetch(`${ctx.baseUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: row.email, password: "bench-pass-2026" }),
    })
    out.push({ id: row.id, token: (await res.json()).token })
  }
  if (!out.length) throw new Error("BENCH_REC_SKIP_LOAD=1 but no bench customers: run once without it")
  return out
}

/**
 * Per-event cost on the PostgreSQL engine that ships: REPLAY recorded events
 * (views 70 %, wishlists 15 %, purchases 15 %, bench shoppers and products, on
 * top of the bulk data) each applied in its own transaction, as the
 * subscriber does; p50/p99/max over the whole replay and per tenth. They stay
 * (source ids bench_…, removed with the bulk data on the next load).
 */
async function replayEvents(ctx, db) {
  const { builtPlugin } = await import("../lib/recommendations.mjs")
  const { applyEventInTransaction } = builtPlugin("modules/recommendations/pg-engine")
  const { seededRandom } = builtPlugin("lib/core/random")
  const random = seededRandom(99)
  const times = []
  const started = Date.now()
  for (let n = 0; n < REPLAY; n++) {
    const a = Math.floor(random() * ACTORS)
    const p = random() < 0.7 ? ((a % 40) * 125 + Math.floor(random() ** 2 * 400)) % PRODUCTS : Math.floor(random() ** 3 * PRODUCTS)
    const r = random()
    const event = {
      type: "recorded",
      actor: `customer:cus_bench_${a}`,
      product_id: `prod_bench_${String(p + 1).padStart(5, "0")}`,
      kind: r < 0.7 ? "view" : r < 0.85 ? "wishlist" : "purchase",
      occurred_at: Date.now(),
      source_id: `bench_replay_${started}_${n}`,
    }
    const t = performance.now()
    await db.transaction((trx) => applyEventInTransaction(trx, event))
    times.push(performance.now() - t)
  }
  const stats = (list) => {
    const sorted = [...list].sort((x, y) => x - y)
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
    return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1], perSecond: list.length / (list.reduce((s, v) => s + v, 0) / 1000) }
  }
  const tenth = Math.max(1, Math.floor(REPLAY / 10))
  const all = stats(times)
  const first = stats(times.slice(0, tenth))
  const last = stats(times.slice(-tenth))
  const f = (s) => `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms, ${s.perSecond.toFixed(0)} events/s`
  ctx.log(`recommendations per-event cost on PostgreSQL, ${REPLAY} events after the bulk load (goal p99 < 5 ms): ${f(all)} ${all.p99 < 5 ? "✔" : "✖"}`)
  ctx.log(`  first tenth: ${f(first)}; last tenth: ${f(last)}`)
}

export default {
  name: "recommendations-latency",
  description: `GET /store/recommendations/for-you and /store/products/:id/recommendations at ${PRODUCTS} products, ${INTERACTIONS} interactions`,
  async run(ctx) {
    if (!ctx.databaseUrl) {
      ctx.log("recommendations-latency: skipped — it writes bulk data, so it runs only on the database the bench starts itself (stop the running store)")
      return []
    }
    const { default: knex } = await import("knex")
    const db = knex({ client: "pg", connection: ctx.databaseUrl, pool: { min: 0, max: 2 } })
    try {
      const customers = SKIP_LOAD ? await loginBenchCustomers(ctx, db) : await registerCustomers(ctx, CUSTOMERS)
      if (!SKIP_LOAD) {
        await loadBenchData(db, { products: PRODUCTS, interactions: INTERACTIONS, actors: ACTORS, customers: customers.map((c) => c.id), log: ctx.log })
      }
      const { rows } = await db.raw(`select product_id from recommendation_item order by norm2 desc limit 1000`)
      const productIds = rows.map((r) => r.product_id)
      let n = 0
      const headers = { "x-publishable-api-key": ctx.publishableKey }
      const routes = [
        {
          name: "rec-for-you-personal",
          path: "/store/recommendations/for-you?limit=12",
          setupRequest: (req) => ({ ...req, headers: { ...headers, authorization: `Bearer ${customers[n++ % customers.length].token}` } }),
        },
        { name: "rec-for-you-cold", path: "/store/recommendations/for-you?limit=12", setupRequest: (req) => ({ ...req, headers }) },
        {
          name: "rec-also-bought",
          path: "/store/products/:id/recommendations?limit=12",
          setupRequest: (req) => ({ ...req, path: `/store/products/${productIds[n++ % productIds.length]}/recommendations?limit=12`, headers }),
        },
      ]
      const out = []
      if (REPLAY > 0) await replayEvents(ctx, db)
      // The product index may have recomputed the bench rows meanwhile (see writeBenchIndexRows).
      await writeBenchIndexRows(db, PRODUCTS)
      for (const route of routes) {
        const url = `${ctx.baseUrl}${route.path}`
        await latencyRun({ url, connections: 1, durationMs: Math.max(ctx.load.warmupMs, 2000), setupRequest: route.setupRequest })
        for (const connections of [1, ctx.load.connections]) {
          const r = await latencyRun({ url, connections, durationMs: ctx.load.durationMs, setupRequest: route.setupRequest })
          const verdict = r.p95 !== null && r.p95 < GOAL_MS ? "✔" : "✖"
          const ms = (v) => (v === null ? "–" : v.toFixed(1))
          ctx.log(
            `${route.name} (${connections} conn): p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, p99 ${ms(r.p99)} ms, ${r.rps.toFixed(0)} req/s ` +
              `(goal p95 < ${GOAL_MS} ms) ${verdict}; recommender's own time p50 ${ms(r.ownP50)} ms, p95 ${ms(r.ownP95)} ms`
          )
          out.push({ name: `${route.name} c=${connections} p95=${ms(r.p95)}ms own-p95=${ms(r.ownP95)}ms`, path: route.path, ...r })
        }
      }
      return out
    } finally {
      await db.destroy()
    }
  },
}
