// ── Place for the checkout scenario ─────────────────────────────────────────
// The checkout issue adds tests/load/checkout-scenario.mjs exporting
//   runCheckoutScenario({ baseUrl, publishableKey, concurrency, durationMs })
// Until that file exists this scenario reports itself as skipped. Its result
// is printed as returned when it is a row ({ name, rps, p50, p99, ... }) or a
// list of rows.
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
    const result = await runCheckoutScenario({
      baseUrl: ctx.baseUrl,
      publishableKey: ctx.publishableKey,
      concurrency: ctx.load.connections,
      durationMs: ctx.load.durationMs,
    })
    return (Array.isArray(result) ? result : [result]).map((row) => ({ name: "checkout", ...row }))
  },
}
