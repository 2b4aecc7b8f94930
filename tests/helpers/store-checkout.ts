/**
 * Store API journeys for integration tests: a registered customer, a cart,
 * Medusa's own checkout with the system payment provider (pp_system_default),
 * and admin login. Everything goes over HTTP through the test runner's `api`.
 */
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

export type HttpClient = {
  get: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: any; headers: Record<string, string> }>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<{ status: number; data: any; headers: Record<string, string> }>
}

export type ShopFixture = {
  publishableKey: string
  regionId: string
  variantIdByTitle: (title: string) => string
}

export const TEST_ADDRESS = {
  first_name: "Jürgen",
  last_name: "Weiß",
  address_1: "Königstraße 12",
  postal_code: "80331",
  city: "München",
  country_code: "de",
  phone: "+49 89 123456",
}

export async function loadShopFixture(db: Knex): Promise<ShopFixture> {
  const key = await db.raw("select token from api_key where type = 'publishable' and revoked_at is null limit 1")
  const region = await db.raw("select id from region where name = 'Europe' limit 1")
  const variants = await db.raw(
    `select v.id, p.title from product_variant v join product p on p.id = v.product_id where v.deleted_at is null`
  )
  const byTitle = new Map(variants.rows.map((r) => [String(r.title), String(r.id)]))
  return {
    publishableKey: String(key.rows[0].token),
    regionId: String(region.rows[0].id),
    variantIdByTitle: (title) => {
      const id = byTitle.get(title)
      if (!id) throw new Error(`no seeded product "${title}"`)
      return id
    },
  }
}

export function storeHeaders(fixture: ShopFixture, token?: string) {
  return {
    headers: {
      "x-publishable-api-key": fixture.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }
}

/** Registers a customer with Medusa's emailpass provider and returns a logged-in token. */
export async function registerCustomer(
  api: HttpClient,
  fixture: ShopFixture,
  customer: { email: string; password: string; first_name: string; last_name: string }
): Promise<{ token: string; customerId: string }> {
  const registration = await api.post("/auth/customer/emailpass/register", { email: customer.email, password: customer.password })
  await api.post(
    "/store/customers",
    { email: customer.email, first_name: customer.first_name, last_name: customer.last_name },
    storeHeaders(fixture, registration.data.token)
  )
  const login = await api.post("/auth/customer/emailpass", { email: customer.email, password: customer.password })
  const me = await api.get("/store/customers/me", storeHeaders(fixture, login.data.token))
  return { token: login.data.token, customerId: me.data.customer.id }
}

/** Cart → address → "Standard" shipping → system payment → complete. Returns the order. */
export async function placeOrder(
  api: HttpClient,
  fixture: ShopFixture,
  options: { token?: string; email: string; items: { title: string; quantity: number }[] }
): Promise<{ id: string; display_id: number; total: number; email: string }> {
  const h = storeHeaders(fixture, options.token)
  const { data: cartBody } = await api.post(
    "/store/carts",
    {
      region_id: fixture.regionId,
      email: options.email,
      items: options.items.map((i) => ({ variant_id: fixture.variantIdByTitle(i.title), quantity: i.quantity })),
    },
    h
  )
  const cartId = cartBody.cart.id
  await api.post(`/store/carts/${cartId}`, { shipping_address: TEST_ADDRESS, billing_address: TEST_ADDRESS }, h)
  const { data: options_ } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
  const standard = options_.shipping_options.find((o: { name: string }) => o.name === "Standard")
  if (!standard) throw new Error("the seeded Standard shipping option is missing")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, h)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
  if (completed.type !== "order") {
    throw new Error(`cart completion failed: ${JSON.stringify(completed.error ?? completed)}`)
  }
  return completed.order
}

export async function adminToken(api: HttpClient): Promise<string> {
  const { data } = await api.post("/auth/user/emailpass", { email: "admin@shop.test", password: "shop-admin-2026" })
  return data.token
}

export function adminHeaders(token: string) {
  return { headers: { authorization: `Bearer ${token}` } }
}

/** Polls fn until it returns a truthy value (or throws after timeoutMs). */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown = null
  while (Date.now() < deadline) {
    try {
      const value = await fn()
      if (value) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((r) => setTimeout(r, everyMs))
  }
  throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ""}`)
}
