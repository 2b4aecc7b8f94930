// The checkout scenario: tests/load/checkout-scenario.mjs runs guest shoppers
// through the whole store-API journey; its row shows orders/s in the req/s
// column, journey p50 and p95 in the latency columns, oversold orders under
// non-2xx (must be 0).
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "tests", "load", "checkout-scenario.mjs")

export default {
  name: "checkout",
  description: "full checkout through the store API (tests/load/checkout-scenario.mjs)",
  async run(ctx) {
    if (!fs.existsSync(FILE)) {
      ctx.log("checkout: tests/load/checkout-scenario.mjs not present yet, skipped")
      return []
    }
    const { runCheckoutScenario } = await import(pathToFileURL(FILE).href)
    // The scenario: 20 guest shoppers looping over the full journey for 60 s.
    const concurrency = Number(process.env.BENCH_CHECKOUT_SHOPPERS || 20)
    const durationMs = Number(process.env.BENCH_CHECKOUT_SECONDS || 60) * 1000
    const r = await runCheckoutScenario({ baseUrl: ctx.baseUrl, publishableKey: ctx.publishableKey, concurrency, durationMs })
    ctx.log(
      `checkout: ${r.orders} orders in ${(r.elapsedMs / 1000).toFixed(1)} s = ${r.ordersPerSecond.toFixed(2)} orders/s (goal ≥ 4); ` +
        `journey p50 ${Math.round(r.journeyP50)} ms, p95 ${Math.round(r.journeyP95)} ms (goal < 8000); ` +
        `completion p50 ${Math.round(r.completeP50)} ms, p95 ${Math.round(r.completeP95)} ms; oversell ${r.oversell}; errors ${r.errors}`
    )
    return [
      {
        name: "checkout",
        path: `${concurrency} shoppers, orders/s · journey p50 · p95`,
        rps: r.ordersPerSecond,
        p50: r.journeyP50,
        p99: r.journeyP95,
        requests: r.orders,
        errors: r.errors,
        non2xx: r.oversell,
      },
    ]
  },
}
