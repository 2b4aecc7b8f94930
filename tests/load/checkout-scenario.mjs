// The checkout load scenario: `concurrency` guest shoppers, each running the
// full store-API journey in a loop until `durationMs` has passed (or
// `maxOrders` orders were placed):
//   cart → item → addresses → shipping options → shipping method →
//   payment collection → payment session (mock card 4242…) → complete
// Pure Node fetch, loopback only. It stops by itself: no new journey starts
// after the deadline, and every request gives up after `requestTimeoutMs`.
//
//   import { runCheckoutScenario } from "./checkout-scenario.mjs"
//   const r = await runCheckoutScenario({ baseUrl, publishableKey })
//   // { orders, ordersPerSecond, journeyP50, journeyP95, completeP50, completeP95, oversell, errors, ... }
//
// Times are milliseconds. `oversell` counts units sold beyond what was
// available when the run started (plus any variant left below zero): it must be 0.

import { adminToken } from "./admin.mjs"

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"])
const MOCK_CARD = "pp_mock-card_mock-card"
const CARD = { number: "4242 4242 4242 4242", exp_month: 12, exp_year: new Date().getUTCFullYear() + 2, cvc: "123" }
const ADDRESS = {
  first_name: "Bench",
  last_name: "Shopper",
  address_1: "Musterstr. 13",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values, p) {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

class HttpError extends Error {
  constructor(step, status, body) {
    const message = typeof body === "object" && body ? body.message ?? JSON.stringify(body) : String(body)
    super(`${step}: HTTP ${status} ${message}`.slice(0, 300))
    this.step = step
    this.status = status
    this.soldOut = /out of stock|not enough stock|inventory/i.test(message)
  }
}

function client(baseUrl, publishableKey, requestTimeoutMs) {
  return async function call(step, method, path, body) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "x-publishable-api-key": publishableKey, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    const text = await res.text()
    let data = text
    try {
      data = JSON.parse(text)
    } catch {
      // keep the text
    }
    if (!res.ok) throw new HttpError(step, res.status, data)
    return data
  }
}

/** The region (by name, else the first) and the best-stocked variants sold in it. */
async function discover(call, { regionName, variantCount, variantIds }) {
  const { regions } = await call("regions", "GET", "/store/regions?limit=50&fields=id,name,currency_code")
  const region = regions.find((r) => r.name === regionName) ?? regions[0]
  if (!region) throw new Error("the store has no region")
  const { products } = await call(
    "products",
    "GET",
    `/store/products?limit=200&region_id=${region.id}&fields=id,title,variants.id,variants.manage_inventory,variants.allow_backorder,%2Bvariants.inventory_quantity`
  )
  let variants = products.flatMap((p) =>
    (p.variants ?? []).map((v) => ({ id: v.id, title: p.title, available: v.inventory_quantity ?? 0, managed: v.manage_inventory !== false && !v.allow_backorder }))
  )
  if (variantIds?.length) {
    variants = variants.filter((v) => variantIds.includes(v.id))
  } else {
    variants = variants.filter((v) => v.managed && v.available > 0).sort((a, b) => b.available - a.available).slice(0, variantCount)
  }
  if (!variants.length) throw new Error("no purchasable variant in stock: re-seed the store")
  return { region, variants }
}

async function availability(call, regionId, variantIds) {
  const { products } = await call(
    "products",
    "GET",
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,%2Bvariants.inventory_quantity`
  )
  const map = new Map()
  for (const p of products) for (const v of p.variants ?? []) if (variantIds.includes(v.id)) map.set(v.id, v.inventory_quantity ?? 0)
  return map
}

/**
 * Gives each variant `quantity` free units through the admin API (the seeded
 * admin, or ADMIN_EMAIL / ADMIN_PASSWORD), so a long run does not sell out.
 * Only for a store whose stock may change: the bench's own database.
 */
export async function restock(baseUrl, variantIds, quantity) {
  const token = await adminToken(baseUrl)
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const fields = "id,variants.id,variants.inventory_items.inventory_item_id,variants.inventory_items.inventory.location_levels.location_id,variants.inventory_items.inventory.location_levels.reserved_quantity"
  const res = await fetch(`${baseUrl}/admin/products?limit=500&fields=${encodeURIComponent(fields)}`, { headers })
  if (!res.ok) throw new Error(`restock: listing products answered ${res.status}`)
  const { products } = await res.json()
  for (const variant of products.flatMap((p) => p.variants ?? [])) {
    if (!variantIds.includes(variant.id)) continue
    for (const link of variant.inventory_items ?? []) {
      for (const level of link.inventory?.location_levels ?? []) {
        const update = await fetch(`${baseUrl}/admin/inventory-items/${link.inventory_item_id}/location-levels/${level.location_id}`, {
          method: "POST",
          headers,
          body: JSON.stringify({ stocked_quantity: Number(level.reserved_quantity ?? 0) + quantity }),
        })
        if (!update.ok) throw new Error(`restock: updating a stock level answered ${update.status}`)
      }
    }
  }
}

export async function runCheckoutScenario({
  baseUrl,
  publishableKey,
  concurrency = 20,
  durationMs = 60000,
  maxOrders = 100000,
  requestTimeoutMs = 60000,
  regionName = "Europe",
  variantCount = 10,
  variantIds = undefined,
  restockTo = 0,
  log = () => undefined,
} = {}) {
  const url = new URL(baseUrl)
  if (!LOOPBACK.has(url.hostname)) throw new Error(`the checkout scenario only runs against loopback, not ${url.hostname}`)
  if (!publishableKey) throw new Error("publishableKey is required (npm start prints it)")
  const base = url.origin
  const call = client(base, publishableKey, requestTimeoutMs)

  let { region, variants } = await discover(call, { regionName, variantCount, variantIds })
  if (restockTo > 0) {
    await restock(base, variants.map((v) => v.id), restockTo)
    ;({ region, variants } = await discover(call, { regionName, variantCount, variantIds: variants.map((v) => v.id) }))
  }
  const ids = variants.map((v) => v.id)
  const before = await availability(call, region.id, ids)
  log(`checkout scenario: ${concurrency} shoppers for ${durationMs / 1000} s, ${variants.length} variants in ${region.name}`)

  const journeys = []
  const completes = []
  const orderedUnits = new Map()
  const errorSamples = []
  let orders = 0
  let errors = 0
  let soldOut = 0
  let shopperSeq = 0
  const started = Date.now()
  const deadline = started + durationMs
  let lastFinish = started

  async function journey(n) {
    const variant = variants[n % variants.length]
    const t0 = Date.now()
    const email = `bench-${process.pid}-${n}@example.com`
    const { cart } = await call("create cart", "POST", "/store/carts?fields=id", { region_id: region.id, email })
    await call("add item", "POST", `/store/carts/${cart.id}/line-items?fields=id`, { variant_id: variant.id, quantity: 1 })
    await call("addresses", "POST", `/store/carts/${cart.id}?fields=id`, {
      email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
    const { shipping_options } = await call("shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}&fields=id,name`)
    const option = shipping_options.find((o) => o.name === "Standard") ?? shipping_options[0]
    if (!option) throw new Error("shipping options: none for the cart")
    await call("shipping method", "POST", `/store/carts/${cart.id}/shipping-methods?fields=id`, { option_id: option.id })
    const { payment_collection } = await call("payment collection", "POST", "/store/payment-collections?fields=id", { cart_id: cart.id })
    await call("payment session", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions?fields=id`, {
      provider_id: MOCK_CARD,
      data: { card: CARD },
    })
    const c0 = Date.now()
    const result = await call("complete", "POST", `/store/carts/${cart.id}/complete?fields=id`)
    const t1 = Date.now()
    if (result.type !== "order") {
      const error = new Error(`complete: ${result.error?.message ?? "no order"}`)
      error.soldOut = false
      throw error
    }
    completes.push(t1 - c0)
    journeys.push(t1 - t0)
    orders++
    orderedUnits.set(variant.id, (orderedUnits.get(variant.id) ?? 0) + 1)
    lastFinish = t1
  }

  async function shopper() {
    while (Date.now() < deadline && orders < maxOrders) {
      try {
        await journey(shopperSeq++)
      } catch (error) {
        if (error.soldOut) {
          soldOut++
        } else {
          errors++
          if (errorSamples.length < 5) errorSamples.push(error.message)
        }
        lastFinish = Date.now()
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, shopper))
  const elapsedMs = Math.max(1, lastFinish - started)

  const after = await availability(call, region.id, ids)
  let oversell = 0
  for (const id of ids) {
    const sold = orderedUnits.get(id) ?? 0
    oversell += Math.max(0, sold - (before.get(id) ?? 0))
    if ((after.get(id) ?? 0) < 0) oversell += -(after.get(id) ?? 0)
  }

  return {
    orders,
    ordersPerSecond: Number((orders / (elapsedMs / 1000)).toFixed(2)),
    journeyP50: percentile(journeys, 50),
    journeyP95: percentile(journeys, 95),
    completeP50: percentile(completes, 50),
    completeP95: percentile(completes, 95),
    oversell,
    errors,
    soldOut,
    errorSamples,
    elapsedMs,
    concurrency,
  }
}
