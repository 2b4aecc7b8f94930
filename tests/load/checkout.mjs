#!/usr/bin/env node
// Runs the checkout scenario once against a running store and prints the figures.
//
//   PUBLISHABLE_KEY=pk_... node tests/load/checkout.mjs
//   node tests/load/checkout.mjs --base-url=http://127.0.0.1:9105 --key=pk_... --duration=60 --concurrency=20
//
// BASE_URL (default http://127.0.0.1:$PORT or :9000), PUBLISHABLE_KEY (npm start
// prints it), DURATION in seconds (60), CONCURRENCY (20), MAX_ORDERS.
import { runCheckoutScenario } from "./checkout-scenario.mjs"

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, ...rest] = a.replace(/^--/, "").split("=")
    return [key, rest.join("=")]
  })
)
const baseUrl = args["base-url"] || process.env.BASE_URL || `http://127.0.0.1:${process.env.PORT || 9000}`
const publishableKey = args.key || process.env.PUBLISHABLE_KEY
const durationMs = Number(args.duration || process.env.DURATION || 60) * 1000
const concurrency = Number(args.concurrency || process.env.CONCURRENCY || 20)
const maxOrders = Number(args["max-orders"] || process.env.MAX_ORDERS || 100000)

if (!publishableKey) {
  console.error("Set PUBLISHABLE_KEY (or --key=): npm start prints the store's publishable key.")
  process.exit(2)
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
try {
  const r = await runCheckoutScenario({ baseUrl, publishableKey, durationMs, concurrency, maxOrders, log: (m) => console.log(m) })
  console.log(
    [
      `checkout: ${r.orders} orders in ${seconds(r.elapsedMs)} with ${r.concurrency} shoppers`,
      `  orders/s          ${r.ordersPerSecond}`,
      `  journey  p50/p95  ${seconds(r.journeyP50)} / ${seconds(r.journeyP95)}`,
      `  complete p50/p95  ${seconds(r.completeP50)} / ${seconds(r.completeP95)}`,
      `  oversell          ${r.oversell}`,
      `  errors            ${r.errors}${r.errorSamples.length ? `  (${r.errorSamples.join(" | ")})` : ""}`,
      `  sold out          ${r.soldOut}`,
    ].join("\n")
  )
  process.exit(r.oversell > 0 ? 1 : 0)
} catch (error) {
  console.error(`checkout scenario failed: ${error.message}`)
  process.exit(1)
}
