import { registerCustomer } from "./customers"
import { openShop, productByHandle } from "./store-fixtures"
import type { ShopClient } from "./store-fixtures"
import type { ShopSuite } from "./test-runner"

/**
 * Issue 21, "owned carts": a cart with a customer answers only to that
 * customer on every /store/carts/:id route (plugins/checkout/src/lib/owned-carts.ts);
 * guest carts stay as Medusa has them. The same tests run on the lean path
 * and on Medusa's own workflows (the checkout reads SHOP_CHECKOUT_LEAN on
 * every request, so one app serves both).
 */
export function ownedCartsSuite({ http, db, getContainer }: ShopSuite): void {
  let client: ShopClient
  let variantId: string

  beforeAll(async () => {
    client = await openShop(http, getContainer(), db)
    const [product] = (await db.raw<{ handle: string }>("select handle from product where deleted_at is null order by handle limit 1")).rows
    variantId = (await productByHandle(client, product.handle)).variantId
  })

  /** Every cart route, as one caller. */
  async function tryEveryRoute(cartId: string, token?: string) {
    return {
      get: (await client.store("get", `/store/carts/${cartId}`, { token })).status,
      update: (await client.store("post", `/store/carts/${cartId}`, { token, body: { email: "intruder@example.com" } })).status,
      addLine: (await client.store("post", `/store/carts/${cartId}/line-items`, { token, body: { variant_id: variantId, quantity: 1 } })).status,
      complete: (await client.store("post", `/store/carts/${cartId}/complete`, { token })).status,
    }
  }

  function ownedCartTests(): void {
    it("a customer's cart answers 404 to other customers and to guests, on every route, and stays unchanged", async () => {
      const owner = await registerCustomer(client, "owner")
      const other = await registerCustomer(client, "other")
      const created = await client.store("post", "/store/carts", { token: owner.token, body: { region_id: client.shop.regionId } })
      expect(created.status).toBe(200)
      const cartId = created.data.cart.id
      expect(created.data.cart.customer_id).toBe(owner.id)
      const added = await client.store("post", `/store/carts/${cartId}/line-items`, {
        token: owner.token,
        body: { variant_id: variantId, quantity: 1 },
      })
      expect(added.status).toBe(200)

      for (const token of [undefined, other.token]) {
        expect(await tryEveryRoute(cartId, token)).toEqual({ get: 404, update: 404, addLine: 404, complete: 404 })
      }
      const refused = await client.store("get", `/store/carts/${cartId}`, { token: other.token })
      expect(refused.data).toEqual({ type: "not_found", message: `Cart with id '${cartId}' not found` })

      const mine = await client.store("get", `/store/carts/${cartId}`, { token: owner.token })
      expect(mine.status).toBe(200)
      expect(mine.data.cart.email).toBe(owner.email)
      expect(mine.data.cart.items).toHaveLength(1)
      expect(mine.data.cart.items[0].quantity).toBe(1)
    })

    it("a guest cart stays open to whoever holds its id", async () => {
      const someone = await registerCustomer(client, "someone")
      const created = await client.store("post", "/store/carts", { body: { region_id: client.shop.regionId } })
      expect(created.status).toBe(200)
      const cartId = created.data.cart.id
      expect((await client.store("get", `/store/carts/${cartId}`)).status).toBe(200)
      expect((await client.store("get", `/store/carts/${cartId}`, { token: someone.token })).status).toBe(200)
      const added = await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: variantId, quantity: 2 } })
      expect(added.status).toBe(200)
    })
  }

  describe("lean path", () => ownedCartTests())

  describe("Medusa's path (SHOP_CHECKOUT_LEAN=off)", () => {
    beforeAll(() => {
      process.env.SHOP_CHECKOUT_LEAN = "off"
    })
    afterAll(() => {
      delete process.env.SHOP_CHECKOUT_LEAN
    })
    ownedCartTests()
  })
}
