import type { Customer, HttpResponse, PlacedOrder, ShopClient } from "../../../tests/helpers/order-fixtures"
import { expectStatus } from "../../../tests/helpers/order-fixtures"

/**
 * Review journeys over HTTP: a customer buys with the mock card (4242…)
 * through Medusa's store API, then reviews through ours.
 */

const ADDRESS = {
  first_name: "Erika",
  last_name: "Musterfrau",
  address_1: "Musterstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

const NEXT_YEAR = new Date().getUTCFullYear() + 1

export async function productByHandle(client: ShopClient, handle: string): Promise<{ id: string; variantId: string; title: string }> {
  const res = await client.store("get", `/store/products?handle=${handle}&fields=id,title,variants.id`)
  expectStatus(res, 200, "find product")
  const product = res.data.products[0]
  if (!product) throw new Error(`no product ${handle}`)
  return { id: product.id, variantId: product.variants[0].id, title: product.title }
}

/** The customer buys one unit of the product, paying with the mock card 4242 4242 4242 4242. */
export async function buyWithCard(client: ShopClient, customer: Customer, handle: string): Promise<PlacedOrder> {
  const token = customer.token
  const { variantId } = await productByHandle(client, handle)
  const cart = await client.store("post", "/store/carts", { token, body: { region_id: client.shop.regionId, email: customer.email } })
  expectStatus(cart, 200, "create cart")
  const cartId = cart.data.cart.id
  expectStatus(
    await client.store("post", `/store/carts/${cartId}/line-items`, { token, body: { variant_id: variantId, quantity: 1 } }),
    200,
    "add line item"
  )
  expectStatus(
    await client.store("post", `/store/carts/${cartId}`, {
      token,
      body: { email: customer.email, shipping_address: ADDRESS, billing_address: ADDRESS },
    }),
    200,
    "set addresses"
  )
  const options = await client.store("get", `/store/shipping-options?cart_id=${cartId}`, { token })
  expectStatus(options, 200, "list shipping options")
  const standard = options.data.shipping_options.find((o: { name: string }) => o.name === "Standard")
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
      body: {
        provider_id: "pp_mock-card_mock-card",
        data: { card: { number: "4242 4242 4242 4242", exp_month: 12, exp_year: NEXT_YEAR, cvc: "123" } },
      },
    }),
    200,
    "create card payment session"
  )
  const completed = await client.store("post", `/store/carts/${cartId}/complete`, { token })
  expectStatus(completed, 200, "complete cart")
  if (completed.data.type !== "order") throw new Error(`cart did not become an order: ${JSON.stringify(completed.data)}`)
  const order = completed.data.order
  return { id: order.id, email: order.email, display_id: order.display_id }
}

type Patchable = { patch: (url: string, body?: unknown, config?: unknown) => Promise<HttpResponse> }

/** PATCH as a customer (the shared ShopClient speaks get/post/delete only). */
export function patchAs(client: ShopClient, url: string, body: unknown, token?: string): Promise<HttpResponse> {
  const api = client.shop.api as unknown as Patchable
  return api.patch(url, body, {
    headers: { "x-publishable-api-key": client.shop.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    validateStatus: () => true,
  })
}

export function review(overrides: Record<string, unknown> = {}) {
  return { rating: 4, title: "Good potatoes", body: "Cooked well, firm and tasty.", ...overrides }
}
