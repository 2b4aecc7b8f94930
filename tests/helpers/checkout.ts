/**
 * A shopper going through Medusa's store API: cart → items → addresses →
 * shipping → payment session → complete, paying with the mock card processor
 * (plugins/payment-mock) or Medusa's system provider. Every step answers
 * { status, data } instead of throwing on 4xx, so tests can assert on
 * failures as well as on success; placeOrder() runs the whole journey.
 */
import type { Customer } from "./customers"
import { expectStatus } from "./http"
import type { HttpClient, HttpResponse } from "./http"
import type { ShopClient } from "./store-fixtures"
import { adminHeaders, adminToken, productByHandle, storeHeaders } from "./store-fixtures"

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

/** The card data the storefront sends with a mock card payment session. */
export function card(number: string, overrides: Record<string, unknown> = {}) {
  return { number, exp_month: 12, exp_year: NEXT_YEAR, cvc: "123", ...overrides }
}

export type Address = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone?: string
}

export const ADDRESS: Address = {
  first_name: "Erika",
  last_name: "Musterfrau",
  address_1: "Musterstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

export class Shopper {
  cartId = ""
  paymentCollectionId = ""

  /** A guest, or the customer whose token is given. */
  constructor(
    private readonly http: HttpClient,
    private readonly publishableKey: string,
    readonly email = `shopper-${Math.random().toString(36).slice(2, 10)}@example.com`,
    private readonly token?: string
  ) {}

  private headers() {
    return storeHeaders({ publishableKey: this.publishableKey }, this.token)
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

  async setAddresses(address: Address = ADDRESS) {
    const res = await this.post(`/store/carts/${this.cartId}`, {
      email: this.email,
      shipping_address: address,
      billing_address: address,
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

  complete(): Promise<HttpResponse> {
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

export type PlacedOrder = { id: string; email: string; display_id: number; total: number }

export type OrderOptions = {
  /** Checks out as this customer; without one, as a guest. */
  customer?: Customer
  /** The guest's email (a customer checks out with their own). */
  email?: string
  /** Seeded products by handle; one bag of waxy potatoes when left out. */
  items?: { handle: string; quantity?: number }[]
  /** Pays with the mock card of this number; without one, with Medusa's system provider. */
  card?: string
  address?: Address
}

let guestCounter = 0

/** The whole checkout with Standard shipping; throws unless the cart became an order. */
export async function placeOrder(client: ShopClient, options: OrderOptions = {}): Promise<PlacedOrder> {
  const { http, publishableKey, regionId } = client.shop
  const email = options.customer?.email ?? options.email ?? `guest-${Date.now()}-${++guestCounter}@example.test`
  const shopper = new Shopper(http, publishableKey, email, options.customer?.token)
  await shopper.createCart(regionId)
  for (const item of options.items ?? [{ handle: "waxy-potatoes" }]) {
    const { variantId } = await productByHandle(client, item.handle)
    expectStatus(await shopper.addItem(variantId, item.quantity ?? 1), 200, "add line item")
  }
  await shopper.setAddresses(options.address)
  await shopper.chooseShipping()
  await shopper.startPayment()
  if (options.card) {
    await shopper.payWithCard(options.card)
  } else {
    expectStatus(await shopper.paymentSession(SYSTEM_PROVIDER), 200, "create payment session")
  }
  const completed = await shopper.complete()
  expectStatus(completed, 200, "complete cart")
  if (completed.data.type !== "order") {
    throw new Error(`cart did not become an order: ${JSON.stringify(completed.data)}`)
  }
  const order = completed.data.order
  return { id: order.id, email: order.email, display_id: order.display_id, total: order.total }
}
