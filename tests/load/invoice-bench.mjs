// Invoice benchmarks, for `npm run bench` (the harness imports runInvoiceBench) or alone:
//
//   node tests/load/invoice-bench.mjs                        # PDF rendering only
//   BENCH_BASE_URL=http://127.0.0.1:9000 node tests/load/invoice-bench.mjs   # + order.placed → invoice, against a running store
//
// 1. Median (and p95) milliseconds to render one invoice PDF, over `pdfs` different
//    invoices (1–12 lines each) rendered by the invoices plugin's own renderer. Goal < 20 ms.
// 2. Time from order.placed to the invoice existing, over `orders` orders placed through the
//    store API of a running store: the invoice's issued_at minus the order's created_at
//    (both server clocks), and the time until a client can see it. Goal < 2 s.
// Requests go to baseUrl only (127.0.0.1 by default); loops are bounded.
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { adminToken } from "./admin.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const require = createRequire(path.join(ROOT, "package.json"))

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return null
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}

const round = (ms) => (ms === null ? null : Math.round(ms * 100) / 100)

const PRODUCTS = ["Waxy Potatoes", "Rolled Oats", "Alpine Whole Milk 1 L", "Wheat Flour Type 405", "Organic Carrots", "Bio-Äpfel", "Bergkäse"]

function syntheticSnapshot(i) {
  const lines = Array.from({ length: 1 + (i % 12) }, (_, n) => {
    const rate = n % 4 === 3 ? 7 : 19
    const unit = 99 + ((i * 37 + n * 53) % 2000)
    const quantity = 1 + ((i + n) % 3)
    const net = unit * quantity
    const tax = Math.round((net * rate) / 100)
    return { description: `${PRODUCTS[(i + n) % PRODUCTS.length]} Nr. ${n + 1}`, detail: `SKU B-${i}-${n}`, quantity, unit_price: unit, tax_rate: rate, discount: 0, net, tax, gross: net + tax }
  })
  const shipping = [{ description: "Shipping: Standard", detail: null, quantity: 1, unit_price: 490, tax_rate: 19, discount: 0, net: 490, tax: 93, gross: 583 }]
  const all = [...lines, ...shipping]
  const byRate = new Map()
  for (const l of all) {
    const t = byRate.get(l.tax_rate) ?? { tax_rate: l.tax_rate, net: 0, tax: 0, gross: 0 }
    t.net += l.net
    t.tax += l.tax
    t.gross += l.gross
    byRate.set(l.tax_rate, t)
  }
  const sum = (k) => all.reduce((s, l) => s + l[k], 0)
  return {
    version: 1,
    currency_code: "eur",
    issue_date: "2026-11-24",
    delivery_date: "2026-11-24",
    seller: {
      company_name: "Medusa Shop",
      address_lines: ["Musterstraße 1", "10115 Berlin", "Germany"],
      vat_id: "DE123456789",
      tax_number: null,
      iban: "DE89 3704 0044 0532 0130 00",
      bic: "COBADEFFXXX",
      bank_name: null,
      email: "billing@shop.test",
      footer_note: "Thank you for shopping with us.",
    },
    buyer: { name: `Kundin Nr. ${i} Weiß`, company: null, address_lines: ["Königstraße 12", "80331 München", "Germany"], email: `k${i}@example.com` },
    shipping_address_lines: [],
    order: { id: `order_bench_${i}`, display_id: String(i + 1), placed_at: "2026-11-24T10:00:00.000Z" },
    lines,
    shipping,
    totals: { net: sum("net"), tax: sum("tax"), gross: sum("gross"), discount: 0 },
    tax_breakdown: [...byRate.values()],
    payment_status: "Paid",
  }
}

/** Median ms per PDF over `count` invoices, after `warmup` renders (font parsing happens once per process). */
export async function benchPdfRendering({ count = 200, warmup = 5 } = {}) {
  const rendererPath = path.join(ROOT, "plugins", "invoices", ".medusa", "server", "src", "lib", "pdf", "render-document-pdf.js")
  let renderDocumentPdf
  try {
    ;({ renderDocumentPdf } = require(rendererPath))
  } catch (error) {
    throw new Error(`the invoices plugin is not built (${rendererPath}): run npm run build:plugins (${error.message})`)
  }
  for (let i = 0; i < warmup; i++) await renderDocumentPdf({ kind: "invoice", number: "INV-2026-000000", snapshot: syntheticSnapshot(i) })
  const times = []
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const snapshot = syntheticSnapshot(i)
    const started = process.hrtime.bigint()
    const pdf = await renderDocumentPdf({ kind: "invoice", number: `INV-2026-${String(i + 1).padStart(6, "0")}`, snapshot })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    bytes += pdf.length
  }
  return {
    pdfs: count,
    median_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    max_ms: round(Math.max(...times)),
    average_kb: Math.round(bytes / count / 102.4) / 10,
    goal_ms: 20,
    ok: percentile(times, 50) < 20,
  }
}

async function json(url, init = {}, timeoutMs = 20000) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/**
 * Places `orders` orders through the store API of a running store (Medusa's own checkout with the system
 * payment provider) and measures order.placed → invoice.
 */
export async function benchOrderToInvoice({
  baseUrl,
  publishableKey,
  adminEmail = process.env.ADMIN_EMAIL || "admin@shop.test",
  adminPassword = process.env.ADMIN_PASSWORD || "shop-admin-2026",
  orders = 10,
  productTitle = "Waxy Potatoes",
  timeoutMs = 15000,
}) {
  const base = baseUrl.replace(/\/+$/, "")
  const admin = { authorization: `Bearer ${await adminToken(base, { email: adminEmail, password: adminPassword })}` }
  let key = publishableKey
  if (!key) {
    const { api_keys } = await json(`${base}/admin/api-keys?type=publishable&limit=1`, { headers: admin })
    key = api_keys[0]?.token
  }
  const store = { "x-publishable-api-key": key, "content-type": "application/json" }
  const { regions } = await json(`${base}/store/regions`, { headers: store })
  const region = regions.find((r) => r.currency_code === "eur") ?? regions[0]
  const { products } = await json(`${base}/store/products?title=${encodeURIComponent(productTitle)}&fields=id,title,variants.id`, { headers: store })
  const variantId = products[0]?.variants?.[0]?.id
  if (!variantId) throw new Error(`no product "${productTitle}" in the store`)

  const results = []
  for (let i = 0; i < orders; i++) {
    const post = (url, body) => json(`${base}${url}`, { method: "POST", headers: store, body: JSON.stringify(body) })
    const { cart } = await post("/store/carts", { region_id: region.id, email: `bench${Date.now()}${i}@example.com`, items: [{ variant_id: variantId, quantity: 1 }] })
    const address = { first_name: "Bench", last_name: "Mark", address_1: "Königstraße 12", postal_code: "80331", city: "München", country_code: "de" }
    await post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
    const { shipping_options } = await json(`${base}/store/shipping-options?cart_id=${cart.id}`, { headers: store })
    await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await post("/store/payment-collections", { cart_id: cart.id })
    await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await post(`/store/carts/${cart.id}/complete`, {})
    const answeredAt = Date.now()
    if (completed.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(completed.error ?? completed).slice(0, 300)}`)
    const order = completed.order
    let invoice = null
    const deadline = answeredAt + timeoutMs
    while (!invoice && Date.now() < deadline) {
      const docs = await json(`${base}/admin/orders/${order.id}/invoices`, { headers: admin })
      invoice = docs.invoice
      if (!invoice) await new Promise((r) => setTimeout(r, 20))
    }
    const seenAt = Date.now()
    results.push({
      order_id: order.id,
      invoice: invoice?.number ?? null,
      server_ms: invoice ? new Date(invoice.issued_at).getTime() - new Date(order.created_at).getTime() : null,
      client_ms: invoice ? seenAt - answeredAt : null,
    })
  }
  const server = results.map((r) => r.server_ms).filter((v) => v !== null)
  const client = results.map((r) => r.client_ms).filter((v) => v !== null)
  return {
    orders,
    invoiced: server.length,
    placed_to_invoice_median_ms: round(percentile(server, 50)),
    placed_to_invoice_max_ms: round(server.length ? Math.max(...server) : null),
    visible_after_checkout_median_ms: round(percentile(client, 50)),
    goal_ms: 2000,
    ok: server.length === orders && Math.max(...server) < 2000,
  }
}

/** Both benchmarks; the order part only when baseUrl is given (a running store). */
export async function runInvoiceBench({ pdfs = 200, baseUrl = process.env.BENCH_BASE_URL, publishableKey, orders = 10, ...rest } = {}) {
  const rendering = await benchPdfRendering({ count: pdfs })
  const latency = baseUrl ? await benchOrderToInvoice({ baseUrl, publishableKey, orders, ...rest }) : null
  return { rendering, latency }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runInvoiceBench()
    .then((result) => {
      console.log(JSON.stringify(result, null, 2))
      process.exit(result.rendering.ok && (!result.latency || result.latency.ok) ? 0 : 1)
    })
    .catch((error) => {
      console.error(error.message)
      process.exit(1)
    })
}
