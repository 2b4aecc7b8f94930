// Lighthouse performance of the storefront: the home page, a product page and
// the cart (with an item in it), in Debian's Chromium (CHROME_PATH, default
// /usr/bin/chromium). Uses the storefront at BENCH_STOREFRONT_URL or
// 127.0.0.1:$STOREFRONT_PORT (8000) when it answers; otherwise builds and
// starts one against the benchmarked backend for the run. Prints the scores
// (goal ≥ 95 each) and writes .data/bench/lighthouse.json.
import fs from "node:fs"
import path from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse, { desktopConfig } from "lighthouse"
import { bold, cyan, green, red } from "../../bin/lib/log.mjs"
import { DATA_DIR } from "../../bin/lib/paths.mjs"
import { stopChild } from "../../bin/lib/stack.mjs"
import { DEFAULT_STOREFRONT_PORT, buildStorefront, startStorefront } from "../../bin/lib/storefront.mjs"
import { assertLoopback } from "../lib/measure.mjs"

const GOAL = 95
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
const FORMS = (process.env.BENCH_LIGHTHOUSE_FORMS || "desktop,mobile").split(",").map((f) => f.trim())

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000), redirect: "manual" })
    return res.status < 500
  } catch {
    return false
  }
}

async function json(url, init) {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init?.method ?? "GET"} ${url} answered ${res.status}`)
  return res.json()
}

/** A product page to measure (the first product in stock) and a cart holding it (its cookie). */
async function fixtures(baseUrl, publishableKey) {
  const headers = { "x-publishable-api-key": publishableKey, "content-type": "application/json" }
  const products = await json(`${baseUrl}/api/v1/product/?order=name&limit=50`)
  const product = products.find((p) => p.stock > 5)
  if (!product) throw new Error("no product in stock to measure")
  const { product: full } = await json(`${baseUrl}/store/products/${product.id}?fields=id,variants.id`, { headers })
  const { regions } = await json(`${baseUrl}/store/regions`, { headers })
  const { cart } = await json(`${baseUrl}/store/carts`, {
    method: "POST",
    headers,
    body: JSON.stringify({ region_id: regions[0].id }),
  })
  await json(`${baseUrl}/store/carts/${cart.id}/line-items`, {
    method: "POST",
    headers,
    body: JSON.stringify({ variant_id: full.variants[0].id, quantity: 2 }),
  })
  return { productPath: `/products/${product.id}`, cartCookie: `_shop_cart_id=${cart.id}` }
}

export default {
  name: "lighthouse",
  description: "Lighthouse performance of the storefront (home, product, cart)",
  async run(ctx) {
    const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium"
    if (!fs.existsSync(chromePath)) {
      ctx.log(`lighthouse: ${chromePath} missing (apt-get install -y chromium), skipped`)
      return []
    }
    const storefrontUrl =
      process.env.BENCH_STOREFRONT_URL || `http://127.0.0.1:${process.env.STOREFRONT_PORT || DEFAULT_STOREFRONT_PORT}`
    assertLoopback(storefrontUrl)
    let storefront = null
    if (!(await answers(`${storefrontUrl}/robots.txt`))) {
      ctx.log(`lighthouse: no storefront at ${storefrontUrl}; building and starting one for this run`)
      await buildStorefront()
      storefront = await startStorefront({
        backendUrl: ctx.baseUrl,
        publishableKey: ctx.publishableKey,
        port: Number(new URL(storefrontUrl).port || 80),
        stdio: "ignore",
      })
    }
    let chrome = null
    try {
      const { productPath, cartCookie } = await fixtures(ctx.baseUrl, ctx.publishableKey)
      const pages = [
        { name: "home", path: "/" },
        { name: "product", path: productPath },
        { name: "cart", path: "/cart", headers: { Cookie: cartCookie } },
      ]
      chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" })
      const results = []
      for (const form of FORMS) {
        for (const page of pages) {
          const url = `${storefrontUrl}${page.path}`
          // One unmeasured visit: the server's first render of a route is not what shoppers get.
          await fetch(url, { headers: page.headers ?? {} }).catch(() => undefined)
          const flags = {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
            extraHeaders: page.headers,
          }
          const runner = await lighthouse(url, flags, form === "desktop" ? desktopConfig : undefined)
          const lhr = runner?.lhr
          const metric = (id) => lhr?.audits?.[id]?.numericValue
          results.push({
            form,
            page: page.name,
            path: page.path,
            score: lhr?.categories?.performance?.score == null ? null : Math.round(lhr.categories.performance.score * 100),
            fcp_ms: metric("first-contentful-paint"),
            lcp_ms: metric("largest-contentful-paint"),
            tbt_ms: metric("total-blocking-time"),
            cls: metric("cumulative-layout-shift"),
            lcp_element: lhr?.audits?.["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
            error: lhr?.runtimeError?.message ?? null,
          })
        }
      }

      console.log("")
      console.log(bold(`Lighthouse performance (${storefrontUrl}, goal ≥ ${GOAL})`))
      for (const r of results) {
        const verdict = r.score === null ? red(`failed: ${r.error ?? "no score"}`) : r.score >= GOAL ? green("goal met") : red("goal missed")
        const ms = (v) => (typeof v === "number" ? `${Math.round(v)} ms` : "–")
        console.log(
          `${cyan("lighthouse")} ${r.form.padEnd(7)} ${r.page.padEnd(8)} score ${String(r.score ?? "–").padStart(3)}  ` +
            `FCP ${ms(r.fcp_ms)}, LCP ${ms(r.lcp_ms)}, TBT ${ms(r.tbt_ms)}, CLS ${typeof r.cls === "number" ? r.cls.toFixed(3) : "–"}: ${verdict}`
        )
      }
      const file = path.join(DATA_DIR, "bench", "lighthouse.json")
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), storefrontUrl, goal: GOAL, results }, null, 2) + "\n")
      ctx.log(`lighthouse: results written to ${path.relative(process.cwd(), file)}`)
    } finally {
      await chrome?.kill()
      await stopChild(storefront)
    }
    return []
  },
}
