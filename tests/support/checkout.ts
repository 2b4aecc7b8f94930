import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from "../../src/scripts/seed/admin-user"

/**
 * A shopper going through Medusa's store API, for the checkout tests:
 * cart → item → addresses → shipping → payment session → complete.
 * Every call answers { status, data } instead of throwing on 4xx, so tests
 * can assert on failures as well as on success.
 */

// Response bodies are Medusa JSON read loosely by the assertions; the store API, not this type, is under test.
export type HttpResponse<T = any> = { status: number; data: T; headers: Record<string, unknown> }
export type HttpClient = {
  get: (url: string, config?: Record<string, unknown>) => Promise<HttpResponse>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<HttpResponse>
  delete: (url: string, config?: Record<string, unknown>) => Promise<HttpResponse>
}
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

export const MOCK_CARD = "pp_mock-card_mock-card"
export const SYSTEM_PROVIDER = "pp_system_default"

export const TEST_CARDS = {
  authorized: "4242 4242 4242 4242",
  declined: "4000 0000 0000 0002",
  insufficientFunds: "4000 0000 0000 9995",
  expiredCard: "4000 0000 0000 0069",
  incorrectCvc: "4000 0000 0000 0127",
  threeDSecure: "4000 0027 6000 3184",
  captureFails: "4000 0000 0000 0341",
  processingError: "4000 0000 0000 0119",
} as const

const NEXT_YEAR = new Date().getUTCFullYear() + 1

export function card(number: string, overrides: Record<string, unknown> = {}) {
  return { number, exp_month: 12, exp_year: NEXT_YEAR, cvc: "123", ...overrides }
}

export const ADDRESS = {
  first_name: "Max",
  last_name: "Mustermann",
  address_1: "Musterstr. 13",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
  phone: "+49301234567",
}

/** Any status is an answer: the test decides what it expects. */
const answer = { validateStatus: () => true }

export class Shopper {
  cartId = ""
  paymentCollectionId = ""

  constructor(
    private readonly http: HttpClient,
    private readonly publishableKey: string,
    readonly email = `shopper-${Math.random().toString(36).slice(2, 10)}@example.com`
  ) {}

  private headers() {
    return { headers: { "x-publishable-api-key": this.publishableKey }, ...answer }
  }

  post(url: string, body?: unknown) {
    return this.http.post(url, body, this.headers())
  }

  get(url: string) {
    return this.http.get(url, this.headers())
  }

  async createCart(regionId: string) {
    const res = await this.post("/store/carts", { region_id: regionId, email: this.email })
    expectStatus(res, 200, "create cart")
    this.cartId = res.data.cart.id
    return res.data.cart
  }

  addItem(variantId: string, quantity = 1) {
    return this.post(`/store/carts/${this.cartId}/line-items`, { variant_id: variantId, quantity })
  }

  async setAddresses() {
    const res = await this.post(`/store/carts/${this.cartId}`, {
      email: this.email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
    expectStatus(res, 200, "set addresses")
    return res.data.cart
  }

  async chooseShipping(name = "Standard") {
    const options = await this.get(`/store/shipping-options?cart_id=${this.cartId}`)
    expectStatus(options, 200, "list shipping options")
    const option = options.data.shipping_options.find((o: { name: string }) => o.name === name)
    if (!option) throw new Error(`no shipping option ${name} for the cart`)
    const res = await this.post(`/store/carts/${this.cartId}/shipping-methods`, { option_id: option.id })
    expectStatus(res, 200, "add shipping method")
    return res.data.cart
  }

  async startPayment() {
    const res = await this.post("/store/payment-collections", { cart_id: this.cartId })
    expectStatus(res, 200, "create payment collection")
    this.paymentCollectionId = res.data.payment_collection.id
    return res.data.payment_collection
  }

  /** Creates the payment session; `data` is what the storefront sends (the card). */
  paymentSession(providerId: string, data?: Record<string, unknown>) {
    return this.post(`/store/payment-collections/${this.paymentCollectionId}/payment-sessions`, {
      provider_id: providerId,
      ...(data ? { data } : {}),
    })
  }

  async payWithCard(number: string, overrides: Record<string, unknown> = {}) {
    const res = await this.paymentSession(MOCK_CARD, { card: card(number, overrides) })
    expectStatus(res, 200, "create payment session")
    return res.data.payment_collection.payment_sessions[0]
  }

  complete() {
    return this.post(`/store/carts/${this.cartId}/complete`)
  }

  /**
   * The placed order as the merchant sees it. A guest cannot read it through
   * the store API without the proof token from the confirmation email
   * (plugins/order-tracking), so the admin API is used.
   */
  async order(orderId: string) {
    const token = await adminToken(this.http)
    const res = await this.http.get(
      `/admin/orders/${orderId}?fields=+payment_status,+fulfillment_status,*payment_collections`,
      adminHeaders(token)
    )
    expectStatus(res, 200, "get order")
    return res.data.order
  }

  async cart() {
    const res = await this.get(`/store/carts/${this.cartId}?fields=*payment_collection.payment_sessions,+completed_at`)
    expectStatus(res, 200, "get cart")
    return res.data.cart
  }

  /** Cart with one item, addresses and Standard shipping: ready for payment. */
  async fillCart(regionId: string, variantId: string, quantity = 1) {
    await this.createCart(regionId)
    expectStatus(await this.addItem(variantId, quantity), 200, "add item")
    await this.setAddresses()
    await this.chooseShipping()
    await this.startPayment()
  }
}

export function expectStatus(res: HttpResponse, status: number, what: string): void {
  if (res.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${res.status} ${JSON.stringify(res.data)}`)
  }
}

export type StoreFixture = { publishableKey: string; regionId: string }

export async function storeFixture(db: Knex): Promise<StoreFixture> {
  const keys = await db.raw("select token from api_key where type = 'publishable' and revoked_at is null")
  const regions = await db.raw("select id from region where name = 'Europe'")
  return { publishableKey: String(keys.rows[0].token), regionId: String(regions.rows[0].id) }
}

/** The seeded variant with this SKU, its inventory item and current levels. */
export async function variantBySku(db: Knex, sku: string) {
  const { rows } = await db.raw(
    `select v.id as variant_id, pvi.inventory_item_id, il.id as level_id, il.location_id,
            il.stocked_quantity::int as stocked, il.reserved_quantity::int as reserved
       from product_variant v
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
      where v.sku = ? and v.deleted_at is null`,
    [sku]
  )
  if (!rows[0]) throw new Error(`no seeded variant ${sku}`)
  return rows[0] as {
    variant_id: string
    inventory_item_id: string
    level_id: string
    location_id: string
    stocked: number
    reserved: number
  }
}

/** Sets the stocked quantity the way a merchant does, through the admin API. */
export async function setStock(http: HttpClient, db: Knex, sku: string, quantity: number): Promise<void> {
  const v = await variantBySku(db, sku)
  const token = await adminToken(http)
  const res = await http.post(
    `/admin/inventory-items/${v.inventory_item_id}/location-levels/${v.location_id}`,
    { stocked_quantity: quantity },
    adminHeaders(token)
  )
  expectStatus(res, 200, "set stock")
}

export async function count(db: Knex, sql: string, bindings: unknown[] = []): Promise<number> {
  const { rows } = await db.raw(`select count(*)::int as n from (${sql}) t`, bindings)
  return Number(rows[0].n)
}

export async function adminToken(http: HttpClient): Promise<string> {
  const res = await http.post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD }, answer)
  expectStatus(res, 200, "admin login")
  return res.data.token
}

export function adminHeaders(token: string) {
  return { headers: { authorization: `Bearer ${token}` }, ...answer }
}
