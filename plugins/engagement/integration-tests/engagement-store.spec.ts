import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder, TEST_CARDS } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { eventually } from "../../../tests/helpers/eventually"
import { adminOrder, cancelOrder, capturePayment, fulfilOrder } from "../../../tests/helpers/order-fixtures"
import { count as countRows, openShop, productByHandle } from "../../../tests/helpers/store-fixtures"
import type { Product, ShopClient } from "../../../tests/helpers/store-fixtures"
import { createAndCompleteReturnOrderWorkflow } from "@medusajs/medusa/core-flows"
import { recordReturnedPurchasesWorkflow } from "../src/workflows/record-returned-purchases"
import { bearer, client as accountsClient, login, newCustomer, register } from "../../customer-accounts/integration-tests/helpers"
import { recordOrderPurchasesWorkflow } from "../src/workflows/record-order-purchases"
import type { CapturedEvent } from "./helpers"
import { captureEvents, newVisitor, visitorHeaders } from "./helpers"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(300000)

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let container: MedusaContainer
    let alice: Customer
    let bob: Customer
    let events: CapturedEvent[]
    let banana: Product
    let apple: Product
    let kiwi: Product
    const count = (sql: string, bindings: unknown[] = []) => countRows(db, sql, bindings)
    const eventsOf = (name: string, match: Record<string, unknown> = {}) =>
      events.filter((e) => e.name === name && Object.entries(match).every(([k, v]) => e.data[k] === v))

    beforeAll(async () => {
      container = getContainer()
      client = await openShop(http, container, db)
      events = captureEvents(container)
      alice = await registerCustomer(client, "alice")
      bob = await registerCustomer(client, "bob")
      banana = await productByHandle(client, "organic-carrots")
      apple = await productByHandle(client, "vine-tomatoes")
      kiwi = await productByHandle(client, "cucumber")
    })

    describe("consent", () => {
      it("records nothing without consent, and says so", async () => {
        const visitor = newVisitor()
        const headers = visitorHeaders(visitor)
        const before = await client.store("get", "/store/engagement/consent", { headers })
        expect(before.status).toBe(200)
        expect(before.data.consent).toEqual({ granted: null, updated_at: null })

        const view = await client.store("post", "/store/engagement/views", { headers, body: { product_id: banana.id } })
        expect(view.status).toBe(200)
        expect(view.data).toEqual({ recorded: false, reason: "no_consent" })
        const anonymous = await client.store("post", "/store/engagement/views", { body: { product_id: banana.id } })
        expect(anonymous.data.recorded).toBe(false)
        const asAlice = await client.store("post", "/store/engagement/views", { token: alice.token, body: { product_id: banana.id } })
        expect(asAlice.data.recorded).toBe(false)

        const declined = await client.store("post", "/store/engagement/consent", { headers, body: { granted: false } })
        expect(declined.status).toBe(200)
        expect(declined.data.consent.granted).toBe(false)
        const after = await client.store("post", "/store/engagement/views", { headers, body: { product_id: banana.id } })
        expect(after.data.recorded).toBe(false)
        expect(await count("select 1 from engagement_view")).toBe(0)
        expect(eventsOf("engagement.interaction.recorded", { kind: "view" })).toHaveLength(0)
      })

      it("refuses bad input with 400 and unknown products with 404", async () => {
        const headers = visitorHeaders(newVisitor())
        const noActor = await client.store("post", "/store/engagement/consent", { body: { granted: true } })
        expect(noActor.status).toBe(400)
        expect(noActor.data.message).toMatch(/x-shop-visitor/)
        const badHeader = await client.store("post", "/store/engagement/consent", {
          headers: { "x-shop-visitor": "not-a-uuid" },
          body: { granted: true },
        })
        expect(badHeader.status).toBe(400)
        expect((await client.store("post", "/store/engagement/consent", { headers, body: { granted: "yes" } })).status).toBe(400)
        expect((await client.store("post", "/store/engagement/consent", { headers, body: {} })).status).toBe(400)
        expect((await client.store("post", "/store/engagement/views", { headers, body: {} })).status).toBe(400)
        expect((await client.store("post", "/store/engagement/views", { headers, body: { product_id: "prod_nope" } })).status).toBe(404)
        expect((await client.store("get", "/store/engagement/views?limit=0", { headers })).status).toBe(400)
        expect((await client.store("get", "/store/engagement/views?limit=abc", { headers })).status).toBe(400)
      })

      it("records a consenting visitor's views once per 30 minutes and lists them, newest first", async () => {
        const visitor = newVisitor()
        const headers = visitorHeaders(visitor)
        expect((await client.store("post", "/store/engagement/consent", { headers, body: { granted: true } })).data.consent.granted).toBe(true)

        const first = await client.store("post", "/store/engagement/views", { headers, body: { product_id: banana.id } })
        expect(first.data.recorded).toBe(true)
        const repeat = await client.store("post", "/store/engagement/views", { headers, body: { product_id: banana.id } })
        expect(repeat.data).toEqual({ recorded: false, reason: "repeat" })
        // Concurrent repeats still count once.
        const burst = await Promise.all(
          Array.from({ length: 5 }, () => client.store("post", "/store/engagement/views", { headers, body: { product_id: apple.id } }))
        )
        expect(burst.filter((r) => r.data.recorded === true)).toHaveLength(1)
        expect(await count("select 1 from engagement_view where visitor_id = ?", [visitor])).toBe(2)
        const recorded = eventsOf("engagement.interaction.recorded", { actor: `visitor:${visitor}` })
        expect(recorded).toHaveLength(2)
        expect(recorded[0].data).toMatchObject({ kind: "view", customer_id: null, visitor_id: visitor, product_id: banana.id })
        expect(recorded[0].data.source_id).toMatch(/^engview_/)

        const list = await client.store("get", "/store/engagement/views", { headers })
        expect(list.status).toBe(200)
        expect(list.data.products.map((p: { id: string }) => p.id)).toEqual([apple.id, banana.id])
        const excluded = await client.store("get", `/store/engagement/views?exclude=${apple.id}`, { headers })
        expect(excluded.data.products.map((p: { id: string }) => p.id)).toEqual([banana.id])
        // Another visitor and an anonymous caller see none of it.
        expect((await client.store("get", "/store/engagement/views", { headers: visitorHeaders(newVisitor()) })).data.products).toEqual([])
        expect((await client.store("get", "/store/engagement/views")).data.products).toEqual([])
      })

      it("leaves unpublished products out of the recently viewed list", async () => {
        const headers = visitorHeaders(newVisitor())
        await client.store("post", "/store/engagement/consent", { headers, body: { granted: true } })
        await client.store("post", "/store/engagement/views", { headers, body: { product_id: kiwi.id } })
        await client.store("post", "/store/engagement/views", { headers, body: { product_id: apple.id } })
        expect((await client.admin("post", `/admin/products/${kiwi.id}`, { status: "draft" })).status).toBe(200)
        try {
          const list = await client.store("get", "/store/engagement/views", { headers })
          expect(list.data.products.map((p: { id: string }) => p.id)).toEqual([apple.id])
        } finally {
          await client.admin("post", `/admin/products/${kiwi.id}`, { status: "published" })
        }
      })

      it("withdrawing consent deletes the visitor's history and stops recording", async () => {
        const visitor = newVisitor()
        const headers = visitorHeaders(visitor)
        await client.store("post", "/store/engagement/consent", { headers, body: { granted: true } })
        await client.store("post", "/store/engagement/views", { headers, body: { product_id: banana.id } })
        expect(await count("select 1 from engagement_view where visitor_id = ?", [visitor])).toBe(1)

        const withdrawn = await client.store("post", "/store/engagement/consent", { headers, body: { granted: false } })
        expect(withdrawn.data.consent.granted).toBe(false)
        expect(await count("select 1 from engagement_view where visitor_id = ?", [visitor])).toBe(0)
        await eventually(async () => eventsOf("engagement.actor.erased", { actor: `visitor:${visitor}` }).length === 1, "actor.erased")
        const after = await client.store("post", "/store/engagement/views", { headers, body: { product_id: apple.id } })
        expect(after.data.recorded).toBe(false)
        expect(await count("select 1 from engagement_view where visitor_id = ?", [visitor])).toBe(0)
      })

      it("joins a visitor's history to the customer's after login", async () => {
        const carol = await registerCustomer(client, "carol")
        const visitor = newVisitor()
        const headers = visitorHeaders(visitor)
        await client.store("post", "/store/engagement/consent", { headers, body: { granted: true } })
        await client.store("post", "/store/engagement/views", { headers, body: { product_id: kiwi.id } })

        expect((await client.store("post", "/store/engagement/merge", { headers })).status).toBe(401)
        expect((await client.store("post", "/store/engagement/merge", { token: carol.token })).status).toBe(400)
        const merged = await client.store("post", "/store/engagement/merge", { token: carol.token, headers })
        expect(merged.status).toBe(200)
        expect(merged.data).toEqual({ merged_views: 1 })
        await eventually(
          async () => eventsOf("engagement.actor.merged", { from: `visitor:${visitor}`, to: `customer:${carol.id}` }).length === 1,
          "actor.merged"
        )

        // The consent came along: Carol is tracked as herself now.
        const consent = await client.store("get", "/store/engagement/consent", { token: carol.token })
        expect(consent.data.consent.granted).toBe(true)
        const mine = await client.store("get", "/store/engagement/views", { token: carol.token })
        expect(mine.data.products.map((p: { id: string }) => p.id)).toEqual([kiwi.id])
        const view = await client.store("post", "/store/engagement/views", { token: carol.token, body: { product_id: banana.id } })
        expect(view.data.recorded).toBe(true)
        expect(await count("select 1 from engagement_view where customer_id = ? and actor = ?", [carol.id, `customer:${carol.id}`])).toBe(2)
        // The visitor id no longer lists anything, and Bob sees none of Carol's.
        expect((await client.store("get", "/store/engagement/views", { headers })).data.products).toEqual([])
        expect((await client.store("get", "/store/engagement/views", { token: bob.token })).data.products).toEqual([])
      })
    })

    describe("wishlist", () => {
      it("adds, lists, ignores a second add, removes — per customer", async () => {
        expect((await client.store("get", "/store/wishlist")).status).toBe(401)
        expect((await client.store("post", "/store/wishlist", { body: { product_id: banana.id } })).status).toBe(401)
        expect((await client.store("post", "/store/wishlist", { token: alice.token, body: {} })).status).toBe(400)
        expect((await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: "prod_nope" } })).status).toBe(404)

        const added = await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: banana.id } })
        expect(added.status).toBe(201)
        expect(added.data.wishlist_item).toMatchObject({ product_id: banana.id, product: { id: banana.id, handle: "organic-carrots" } })
        const again = await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: banana.id } })
        expect(again.status).toBe(200)
        expect(again.data.created).toBe(false)
        await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: apple.id } })

        const list = await client.store("get", "/store/wishlist", { token: alice.token })
        expect(list.status).toBe(200)
        expect(list.data.wishlist.items.map((i: { product_id: string }) => i.product_id)).toEqual([apple.id, banana.id])
        expect((await client.store("get", "/store/wishlist", { token: bob.token })).data.wishlist.items).toEqual([])
        const wishlistEvents = eventsOf("engagement.interaction.recorded", { kind: "wishlist", customer_id: alice.id })
        expect(wishlistEvents).toHaveLength(2)

        // Bob and an anonymous caller cannot take Alice's entries off.
        expect((await client.store("delete", `/store/wishlist/${banana.id}`, { token: bob.token })).status).toBe(404)
        expect((await client.store("delete", `/store/wishlist/${banana.id}`)).status).toBe(404)
        const removed = await client.store("delete", `/store/wishlist/${banana.id}`, { token: alice.token })
        expect(removed.status).toBe(200)
        expect(removed.data).toEqual({ product_id: banana.id, object: "wishlist_item", deleted: true })
        expect((await client.store("delete", `/store/wishlist/${banana.id}`, { token: alice.token })).status).toBe(404)
        expect(eventsOf("engagement.interaction.removed", { kind: "wishlist", customer_id: alice.id, product_id: banana.id })).toHaveLength(1)
        const after = await client.store("get", "/store/wishlist", { token: alice.token })
        expect(after.data.wishlist.items.map((i: { product_id: string }) => i.product_id)).toEqual([apple.id])

        // Re-adding works after a removal.
        expect((await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: banana.id } })).status).toBe(201)
        const widget = await client.admin("get", `/admin/engagement/products/${banana.id}`)
        expect(widget.status).toBe(200)
        expect(widget.data.wishlist_count).toBe(1)
      })

      it("moves an item to the cart, only the owner's and only into their cart", async () => {
        await client.store("post", "/store/wishlist", { token: alice.token, body: { product_id: kiwi.id } })
        const aliceCart = await client.store("post", "/store/carts", { token: alice.token, body: { region_id: client.shop.regionId } })
        const bobCart = await client.store("post", "/store/carts", { token: bob.token, body: { region_id: client.shop.regionId } })
        const cartId = aliceCart.data.cart.id

        expect(
          (await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { token: bob.token, body: { cart_id: bobCart.data.cart.id } })).status
        ).toBe(404)
        expect((await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { body: { cart_id: cartId } })).status).toBe(404)
        expect(
          (await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { token: alice.token, body: { cart_id: bobCart.data.cart.id } })).status
        ).toBe(404)
        expect((await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { token: alice.token, body: {} })).status).toBe(400)
        expect(
          (await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { token: alice.token, body: { cart_id: cartId, variant_id: banana.variantId } })).status
        ).toBe(400)

        const moved = await client.store("post", `/store/wishlist/${kiwi.id}/move-to-cart`, { token: alice.token, body: { cart_id: cartId, quantity: 2 } })
        expect(moved.status).toBe(200)
        expect(moved.data.cart.items).toEqual([expect.objectContaining({ variant_id: kiwi.variantId, quantity: 2 })])
        const list = await client.store("get", "/store/wishlist", { token: alice.token })
        expect(list.data.wishlist.items.map((i: { product_id: string }) => i.product_id)).not.toContain(kiwi.id)
      })
    })

    describe("purchase history", () => {
      it("records a placed order's lines once, shows them with buy-again data, and marks a cancellation", async () => {
        const dave = await registerCustomer(client, "dave")
        const order = await placeOrder(client, {
          customer: dave,
          card: TEST_CARDS.authorized,
          items: [
            { handle: apple.handle, quantity: 2 },
            { handle: banana.handle, quantity: 1 },
          ],
        })
        const purchases = await eventually(async () => {
          const res = await client.store("get", "/store/customers/me/purchases", { token: dave.token })
          return res.data.count === 2 ? res.data : null
        }, "purchase history")
        expect(purchases.purchases).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              order_id: order.id,
              order_display_id: order.display_id,
              product_id: apple.id,
              quantity: 2,
              canceled_at: null,
              buy_again: { variant_id: apple.variantId, product_handle: "vine-tomatoes" },
            }),
            expect.objectContaining({ product_id: banana.id, quantity: 1 }),
          ])
        )
        await eventually(
          async () => eventsOf("engagement.interaction.recorded", { kind: "purchase", customer_id: dave.id }).length === 2,
          "purchase events"
        )

        // The same order.placed handled again changes nothing and emits nothing.
        const { result } = await recordOrderPurchasesWorkflow(container).run({ input: { order_id: order.id } })
        expect(result).toEqual([])
        expect(await count("select 1 from engagement_purchase where order_id = ?", [order.id])).toBe(2)
        await new Promise((r) => setTimeout(r, 300))
        expect(eventsOf("engagement.interaction.recorded", { kind: "purchase", customer_id: dave.id })).toHaveLength(2)

        // Nobody else sees Dave's purchases.
        expect((await client.store("get", "/store/customers/me/purchases")).status).toBe(401)
        const bobs = await client.store("get", "/store/customers/me/purchases", { token: bob.token })
        expect(bobs.status).toBe(200)
        expect(JSON.stringify(bobs.data)).not.toContain(order.id)
        expect((await client.store("get", "/store/customers/me/purchases?limit=1000", { token: dave.token })).status).toBe(400)

        await cancelOrder(client, order.id)
        await eventually(async () => {
          const res = await client.store("get", "/store/customers/me/purchases", { token: dave.token })
          return res.data.purchases.every((p: { canceled_at: string | null }) => p.canceled_at !== null)
        }, "canceled purchases")
        await eventually(
          async () => eventsOf("engagement.interaction.removed", { kind: "purchase", customer_id: dave.id }).length === 2,
          "removed events"
        )
      })
    })

    describe("returns", () => {
      it("a received return sets the returned quantity, once, and a full return leaves the signals", async () => {
        const frank = await registerCustomer(client, "frank")
        const order = await placeOrder(client, { customer: frank, card: TEST_CARDS.authorized, items: [{ handle: apple.handle, quantity: 2 }] })
        await eventually(async () => (await client.store("get", "/store/customers/me/purchases", { token: frank.token })).data.count === 1, "purchase")
        await capturePayment(client, order.id)
        await fulfilOrder(client, order.id)
        const lineId = (await adminOrder(client, order.id)).items[0].id

        // The seed has no return shipping option; the return goes back by the Standard option.
        const { rows } = await db.raw("select id from shipping_option where name = 'Standard' limit 1")
        await createAndCompleteReturnOrderWorkflow(container).run({
          input: {
            order_id: order.id,
            items: [{ id: lineId, quantity: 2 }],
            return_shipping: { option_id: String(rows[0].id), price: 0 },
            receive_now: true,
          },
        })
        const returned = await eventually(async () => {
          const res = await client.store("get", "/store/customers/me/purchases", { token: frank.token })
          return res.data.purchases[0].returned_quantity === 2 ? res.data.purchases[0] : null
        }, "returned quantity")
        expect(returned).toMatchObject({ quantity: 2, canceled_at: null })
        await eventually(
          async () => eventsOf("engagement.interaction.removed", { kind: "purchase", customer_id: frank.id }).length === 1,
          "removed event"
        )
        // Handling the same event again changes nothing and emits nothing.
        const { result } = await recordReturnedPurchasesWorkflow(container).run({ input: { order_id: order.id } })
        expect(result).toEqual([])
        await new Promise((r) => setTimeout(r, 300))
        expect(eventsOf("engagement.interaction.removed", { kind: "purchase", customer_id: frank.id })).toHaveLength(1)
      })
    })

    describe("admin", () => {
      it("answers the Engagement page's stats and the customer widget", async () => {
        const erin = await registerCustomer(client, "erin")
        await client.store("post", "/store/engagement/consent", { token: erin.token, body: { granted: true } })
        await client.store("post", "/store/engagement/views", { token: erin.token, body: { product_id: kiwi.id } })
        await client.store("post", "/store/wishlist", { token: erin.token, body: { product_id: kiwi.id } })
        await placeOrder(client, { customer: erin, card: TEST_CARDS.authorized, items: [{ handle: kiwi.handle, quantity: 1 }] })
        await eventually(
          async () => (await client.store("get", "/store/customers/me/purchases", { token: erin.token })).data.count === 1,
          "erin's purchase"
        )

        const stats = await client.admin("get", "/admin/engagement/stats")
        expect(stats.status).toBe(200)
        expect(stats.data.most_viewed).toEqual(expect.arrayContaining([expect.objectContaining({ product_id: kiwi.id, product_title: expect.any(String) })]))
        expect(stats.data.most_wishlisted).toEqual(expect.arrayContaining([expect.objectContaining({ product_id: kiwi.id })]))
        const kiwiConversion = stats.data.conversion.find((c: { product_id: string }) => c.product_id === kiwi.id)
        expect(kiwiConversion.buyers).toBeGreaterThanOrEqual(1)
        expect(kiwiConversion.rate).toBeGreaterThan(0)
        expect(stats.data.totals.views).toBeGreaterThan(0)

        const past = await client.admin("get", "/admin/engagement/stats?from=2020-01-01&to=2020-02-01")
        expect(past.status).toBe(200)
        expect(past.data.most_viewed).toEqual([])
        expect((await client.admin("get", "/admin/engagement/stats?from=2021-01-01&to=2020-01-01")).status).toBe(400)
        expect((await client.admin("get", "/admin/engagement/stats?from=yesterday")).status).toBe(400)
        expect((await client.admin("get", "/admin/engagement/stats?from=2010-01-01&to=2020-01-01")).status).toBe(400)

        const widget = await client.admin("get", `/admin/engagement/customers/${erin.id}`)
        expect(widget.status).toBe(200)
        expect(widget.data.consent.granted).toBe(true)
        expect(widget.data.purchases).toHaveLength(1)
        expect(widget.data.wishlist).toEqual([expect.objectContaining({ product_id: kiwi.id })])
        expect(widget.data.recently_viewed).toEqual([expect.objectContaining({ product_id: kiwi.id })])

        const storeCaller = await client.store("get", "/admin/engagement/stats", { token: erin.token })
        expect(storeCaller.status).toBe(401)
      })
    })
    describe("customer data", () => {
      it("exports views, wishlist, purchases and consent, and erases them with the account", async () => {
        const accounts = accountsClient(http)
        const body = newCustomer()
        await register(accounts, body)
        const session = await login(accounts, body.username, body.password)
        expect(session.status).toBe(200)
        const token = String(session.data.token)
        const customerId = String(session.data.customer.id)
        await client.store("post", "/store/engagement/consent", { token, body: { granted: true } })
        await client.store("post", "/store/engagement/views", { token, body: { product_id: apple.id } })
        await client.store("post", "/store/wishlist", { token, body: { product_id: banana.id } })
        const order = await placeOrder(client, {
          customer: { id: customerId, email: body.email, password: body.password, token },
          card: TEST_CARDS.authorized,
          items: [{ handle: kiwi.handle, quantity: 3 }],
        })
        await eventually(async () => (await client.store("get", "/store/customers/me/purchases", { token })).data.count === 1, "purchase")

        const auth = { ...bearer(token), "x-publishable-api-key": client.shop.publishableKey }
        const exported = await accounts.get("/api/v1/customer/me/export/", auth)
        expect(exported.status).toBe(200)
        expect(exported.data.viewed_products).toEqual([expect.objectContaining({ product_id: apple.id, product_title: expect.any(String) })])
        expect(exported.data.wishlist).toEqual([expect.objectContaining({ product_id: banana.id, removed_at: null })])
        expect(exported.data.purchase_history).toEqual([expect.objectContaining({ order_id: order.id, product_id: kiwi.id, quantity: 3 })])
        expect(exported.data.tracking_consent).toEqual({ granted: true, updated_at: expect.any(String) })

        const rows = async () =>
          (await count("select 1 from engagement_view where customer_id = ?", [customerId])) +
          (await count("select 1 from engagement_wishlist_item where customer_id = ?", [customerId])) +
          (await count("select 1 from engagement_purchase where customer_id = ?", [customerId])) +
          (await count("select 1 from engagement_consent where customer_id = ?", [customerId]))
        expect(await rows()).toBe(4)
        const erased = await accounts.delete("/api/v1/customer/me/", auth)
        expect(erased.status).toBe(200)
        expect(await rows()).toBe(0)
        await eventually(async () => eventsOf("engagement.actor.erased", { actor: `customer:${customerId}` }).length === 1, "actor.erased")
      })
    })
  },
})
