import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Customer, PlacedOrder, ShopClient } from "../../../tests/helpers/order-fixtures"
import { expectStatus } from "../../../tests/helpers/order-fixtures"
import { ADDRESS, card, MOCK_CARD, TEST_CARDS } from "../../../tests/support/checkout"

export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

export type CapturedEvent = { name: string; data: Record<string, unknown> }

/** Records the engagement events the app emits (in-process event bus), to assert what was emitted and how often. */
export function captureEvents(container: MedusaContainer): CapturedEvent[] {
  const seen: CapturedEvent[] = []
  const bus = container.resolve(Modules.EVENT_BUS)
  for (const name of [
    "engagement.interaction.recorded",
    "engagement.interaction.removed",
    "engagement.actor.merged",
    "engagement.actor.erased",
  ]) {
    bus.subscribe(
      name,
      async (event: { name?: string; data: Record<string, unknown> }) => {
        seen.push({ name, data: event.data })
      },
      { subscriberId: `engagement-test-capture-${name}` }
    )
  }
  return seen
}

export function newVisitor(): string {
  return randomUUID()
}

export function visitorHeaders(visitorId: string): Record<string, string> {
  return { "x-shop-visitor": visitorId }
}

export async function productByHandle(client: ShopClient, handle: string): Promise<{ id: string; variants: { id: string }[] }> {
  const res = await client.store("get", `/store/products?handle=${handle}&fields=id,variants.id`)
  expectStatus(res, 200, `find product ${handle}`)
  const product = res.data.products[0]
  if (!product) throw new Error(`no product ${handle}`)
  return product
}

/** A customer's checkout through the store API, paid with the mock card 4242 4242 4242 4242. */
export async function placeCardOrder(
  client: ShopClient,
  customer: Customer,
  lines: { variant_id: string; quantity: number }[]
): Promise<PlacedOrder> {
  const token = customer.token
  const cart = await client.store("post", "/store/carts", { token, body: { region_id: client.shop.regionId, email: customer.email } })
  expectStatus(cart, 200, "create cart")
  const cartId = cart.data.cart.id
  for (const line of lines) {
    expectStatus(await client.store("post", `/store/carts/${cartId}/line-items`, { token, body: line }), 200, "add line item")
  }
  expectStatus(
    await client.store("post", `/store/carts/${cartId}`, { token, body: { shipping_address: ADDRESS, billing_address: ADDRESS } }),
    200,
    "set addresses"
  )
  const options = await client.store("get", `/store/shipping-options?cart_id=${cartId}`, { token })
  expectStatus(options, 200, "shipping options")
  const standard = options.data.shipping_options.find((o: { name: string }) => o.name === "Standard")
  expectStatus(
    await client.store("post", `/store/carts/${cartId}/shipping-methods`, { token, body: { option_id: standard.id } }),
    200,
    "shipping method"
  )
  const collection = await client.store("post", "/store/payment-collections", { token, body: { cart_id: cartId } })
  expectStatus(collection, 200, "payment collection")
  expectStatus(
    await client.store("post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
      token,
      body: { provider_id: MOCK_CARD, data: { card: card(TEST_CARDS.authorized) } },
    }),
    200,
    "card payment session"
  )
  const completed = await client.store("post", `/store/carts/${cartId}/complete`, { token })
  expectStatus(completed, 200, "complete cart")
  if (completed.data.type !== "order") throw new Error(`no order: ${JSON.stringify(completed.data)}`)
  return { id: completed.data.order.id, email: completed.data.order.email, display_id: completed.data.order.display_id }
}
