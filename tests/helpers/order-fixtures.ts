/**
 * Test fixtures that go through Medusa's own HTTP APIs the way a shopper and
 * a merchant do: register and log in, check out with the system payment
 * provider, and fulfil, ship, deliver, capture, refund or cancel in the admin.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import seed from "../../src/scripts/seed"
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from "../../src/scripts/seed/admin-user"

// Tests read JSON answers loosely (res.data.order.items[0]…); the assertions are the types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HttpResponse<T = any> = { status: number; data: T; headers: Record<string, string> }

type RequestConfig = { headers?: Record<string, string>; validateStatus?: () => boolean }

/** The axios instance medusaIntegrationTestRunner hands to a suite. */
export type Api = {
  get: (url: string, config?: RequestConfig) => Promise<HttpResponse>
  post: (url: string, body?: unknown, config?: RequestConfig) => Promise<HttpResponse>
  delete: (url: string, config?: RequestConfig) => Promise<HttpResponse>
}

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

export type Shop = {
  api: Api
  publishableKey: string
  regionId: string
  adminToken: string
}

export type Customer = { id: string; email: string; password: string; token: string }

/** Any status is an answer: tests look at it instead of catching axios errors. */
const ANY_STATUS = { validateStatus: () => true }

export class ShopClient {
  constructor(readonly shop: Shop) {}

  private headers(extra: Record<string, string> = {}, token?: string): Record<string, string> {
    return {
      "x-publishable-api-key": this.shop.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extra,
    }
  }

  /** A store request as a customer (token) or anonymously (no token). */
  store(method: "get" | "post" | "delete", url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const config = { headers: this.headers(options.headers, options.token), ...ANY_STATUS }
    return method === "post" ? this.shop.api.post(url, options.body ?? {}, config) : this.shop.api[method](url, config)
  }

  admin(method: "get" | "post" | "delete", url: string, body?: unknown) {
    const config = { headers: { authorization: `Bearer ${this.shop.adminToken}` }, ...ANY_STATUS }
    return method === "post" ? this.shop.api.post(url, body ?? {}, config) : this.shop.api[method](url, config)
  }
}

/** Seeds the store and logs the seeded admin in. */
export async function openShop(api: Api, container: MedusaContainer, db: unknown): Promise<ShopClient> {
  await seed({ container, args: [] })
  const knex = db as Knex
  const { rows } = await knex.raw("select token from api_key where type = 'publishable' and revoked_at is null")
  const regions = await knex.raw("select id from region where name = 'Europe'")
  const login = await api.post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD })
  return new ShopClient({
    api,
    publishableKey: String(rows[0].token),
    regionId: String(regions.rows[0].id),
    adminToken: String(login.data.token),
  })
}

let customerCounter = 0

/** Registers a customer through /auth/customer/emailpass/register + POST /store/customers and logs in. */
export async function registerCustomer(client: ShopClient, name = "customer"): Promise<Customer> {
  customerCounter += 1
  const email = `${name}-${customerCounter}-${Date.now()}@example.test`
  const password = "customer-pass-2026"
  const api = client.shop.api
  const registration = await api.post("/auth/customer/emailpass/register", { email, password }, ANY_STATUS)
  expectStatus(registration, 200, "register identity")
  const created = await client.store("post", "/store/customers", {
    token: registration.data.token,
    body: { email, first_name: name, last_name: "Tester" },
  })
  expectStatus(created, 200, "create customer")
  const login = await api.post("/auth/customer/emailpass", { email, password }, ANY_STATUS)
  expectStatus(login, 200, "customer login")
  return { id: created.data.customer.id, email, password, token: login.data.token }
}

export function expectStatus(res: HttpResponse, status: number, what: string): void {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.data)}`)
  }
}

const ADDRESS = {
  first_name: "Erika",
  last_name: "Musterfrau",
  address_1: "Musterstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

export type PlacedOrder = { id: string; email: string; display_id: number }

/**
 * Checks out one product through Medusa's store API with the system payment
 * provider: as the customer when a token is given, otherwise as a guest.
 */
export async function placeOrder(
  client: ShopClient,
  options: { customer?: Customer; email?: string; handle?: string; quantity?: number } = {}
): Promise<PlacedOrder> {
  const token = options.customer?.token
  const email = options.customer?.email ?? options.email ?? `guest-${Date.now()}-${++customerCounter}@example.test`
  const handle = options.handle ?? "waxy-potatoes"

  const products = await client.store("get", `/store/products?handle=${handle}&fields=id,variants.id`)
  expectStatus(products, 200, "find product")
  const variantId = products.data.products[0].variants[0].id

  const cart = await client.store("post", "/store/carts", { token, body: { region_id: client.shop.regionId, email } })
  expectStatus(cart, 200, "create cart")
  const cartId = cart.data.cart.id

  expectStatus(
    await client.store("post", `/store/carts/${cartId}/line-items`, {
      token,
      body: { variant_id: variantId, quantity: options.quantity ?? 1 },
    }),
    200,
    "add line item"
  )
  expectStatus(
    await client.store("post", `/store/carts/${cartId}`, {
      token,
      body: { email, shipping_address: ADDRESS, billing_address: ADDRESS },
    }),
    200,
    "set addresses"
  )
  const options_ = await client.store("get", `/store/shipping-options?cart_id=${cartId}`, { token })
  expectStatus(options_, 200, "list shipping options")
  const standard = options_.data.shipping_options.find((o: { name: string }) => o.name === "Standard")
  expectStatus(
    await client.store("post", `/store/carts/${cartId}/shipping-methods`, { token, body: { option_id: standard.id } }),
    200,
    "add shipping method"
  )
  const collection = await client.store("post", "/store/payment-collections", { token, body: { cart_id: cartId } })
  expectStatus(collection, 200, "create payment collection")
  expectStatus(
    await client.store("post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
      token,
      body: { provider_id: "pp_system_default" },
    }),
    200,
    "create payment session"
  )
  const completed = await client.store("post", `/store/carts/${cartId}/complete`, { token })
  expectStatus(completed, 200, "complete cart")
  if (completed.data.type !== "order") {
    throw new Error(`cart did not become an order: ${JSON.stringify(completed.data)}`)
  }
  const order = completed.data.order
  return { id: order.id, email: order.email, display_id: order.display_id }
}

type AdminOrder = {
  id: string
  items: { id: string; quantity: number }[]
  fulfillments?: { id: string; items: { line_item_id: string; quantity: number }[] }[]
  payment_collections: { payments: { id: string }[] }[]
}

export async function adminOrder(client: ShopClient, orderId: string): Promise<AdminOrder> {
  const res = await client.admin(
    "get",
    `/admin/orders/${orderId}?fields=id,*items,*fulfillments,*fulfillments.items,*payment_collections,*payment_collections.payments`
  )
  expectStatus(res, 200, "admin order")
  return res.data.order
}

/** Creates a manual fulfillment of every item of the order; returns its id. */
export async function fulfilOrder(client: ShopClient, orderId: string): Promise<string> {
  const order = await adminOrder(client, orderId)
  const res = await client.admin("post", `/admin/orders/${orderId}/fulfillments`, {
    items: order.items.map((item) => ({ id: item.id, quantity: item.quantity })),
  })
  expectStatus(res, 200, "create fulfillment")
  const after = await adminOrder(client, orderId)
  const known = new Set((order.fulfillments ?? []).map((f) => f.id))
  const created = (after.fulfillments ?? []).find((f) => !known.has(f.id))
  if (!created) throw new Error("no new fulfillment")
  return created.id
}

export type ShipmentInput = {
  labels: { tracking_number: string; tracking_url?: string; label_url?: string }[]
  carrier?: string
  no_notification?: boolean
}

/** POST /admin/orders/:id/fulfillments/:fid/shipments — Medusa's own shipment route. */
export async function shipFulfillment(client: ShopClient, orderId: string, fulfillmentId: string, input: ShipmentInput) {
  const order = await adminOrder(client, orderId)
  const fulfillment = order.fulfillments?.find((f) => f.id === fulfillmentId)
  return client.admin("post", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, {
    items: (fulfillment?.items ?? []).map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    labels: input.labels.map((l) => ({ tracking_url: "", label_url: "", ...l })),
    ...(input.no_notification ? { no_notification: true } : {}),
    ...(input.carrier !== undefined ? { additional_data: { carrier: input.carrier } } : {}),
  })
}

export async function markDelivered(client: ShopClient, orderId: string, fulfillmentId: string) {
  const res = await client.admin("post", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {})
  expectStatus(res, 200, "mark delivered")
}

export async function capturePayment(client: ShopClient, orderId: string): Promise<string> {
  const order = await adminOrder(client, orderId)
  const paymentId = order.payment_collections[0].payments[0].id
  expectStatus(await client.admin("post", `/admin/payments/${paymentId}/capture`, {}), 200, "capture payment")
  return paymentId
}

export async function refundPayment(client: ShopClient, paymentId: string, amount: number) {
  expectStatus(await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount }), 200, "refund payment")
}

export async function cancelOrder(client: ShopClient, orderId: string) {
  expectStatus(await client.admin("post", `/admin/orders/${orderId}/cancel`, {}), 200, "cancel order")
}

/** Waits until `probe` returns a value (subscribers run after the request answered). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 10000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
