import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ADDRESS, SYSTEM_PROVIDER, TEST_CARDS, card } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import { expectStatus, type HttpResponse } from "../../../tests/helpers/http"
import { ShopClient, adminToken, count, seedStore, storeHeaders, variantBySku } from "../../../tests/helpers/store-fixtures"
import type { StoreFixture } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(300000)

const PATH = "x-shop-checkout-path"

/** Everything of a cart that a shopper pays for, without generated ids and timestamps. */
const CART_FIELDS = [
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "customer_id",
  "total",
  "subtotal",
  "tax_total",
  "item_total",
  "item_subtotal",
  "shipping_total",
  "shipping_tax_total",
  "discount_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_address.*",
  "billing_address.*",
  "payment_collection.amount",
  "payment_collection.currency_code",
]

const ORDER_FIELDS = [
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "customer_id",
  "status",
  "total",
  "subtotal",
  "tax_total",
  "item_total",
  "shipping_total",
  "items.*",
  "items.tax_lines.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_address.*",
  "billing_address.*",
]

const GENERATED = /^(id|.*_id_?|created_at|updated_at|deleted_at|completed_at|raw_.*)$/
const KEEP = new Set(["variant_id", "product_id", "region_id", "sales_channel_id", "customer_id", "shipping_option_id", "tax_rate_id", "product_type_id", "currency_code", "provider_id"])

/** The value without generated ids and timestamps, arrays sorted, so two carts built alike compare equal. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      if (GENERATED.test(key) && !KEEP.has(key)) continue
      out[key] = comparable(inner)
    }
    return out
  }
  return value
}

async function graph(container: MedusaContainer, entity: "cart" | "order", id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return data[0]
}

type Step = { variant: string; quantity: number } | { address: true } | { shipping: "Standard" | "Express" }

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: StoreFixture
    let client: ShopClient
    let salesChannelId: string
    let options: Record<string, string>

    beforeAll(async () => {
      store = await seedStore(getContainer(), db)
      const token = await adminToken(http)
      client = new ShopClient({ ...store, http, adminToken: token })
      const channel = await db.raw<{ sales_channel_id: string }>(
        `select sales_channel_id from publishable_api_key_sales_channel where deleted_at is null limit 1`
      )
      salesChannelId = channel.rows[0].sales_channel_id
      const rows = await db.raw<{ id: string; name: string }>(`select id, name from shipping_option where deleted_at is null`)
      options = Object.fromEntries(rows.rows.map((r) => [r.name, r.id]))
    })

    /** The journey through the store API; every answer names the path that served it. */
    async function throughApi(steps: Step[], email: string, token?: string) {
      const headers = storeHeaders(store, token)
      const paths: string[] = []
      const expectLean = (res: HttpResponse, what: string) => {
        expectStatus(res, 200, what)
        paths.push(`${what}: ${res.headers[PATH]}`)
      }
      const created = await http.post("/store/carts?fields=id", { region_id: store.regionId, email }, headers)
      expectLean(created, "create")
      const cartId: string = created.data.cart.id
      for (const step of steps) {
        if ("variant" in step) {
          const res = await http.post(`/store/carts/${cartId}/line-items`, { variant_id: step.variant, quantity: step.quantity }, headers)
          expectLean(res, "item")
        } else if ("address" in step) {
          const res = await http.post(`/store/carts/${cartId}?fields=id`, { email, shipping_address: ADDRESS, billing_address: ADDRESS }, headers)
          expectLean(res, "address")
        } else {
          const listed = await http.get(`/store/shipping-options?cart_id=${cartId}&fields=id,name`, headers)
          expectLean(listed, "options")
          const res = await http.post(`/store/carts/${cartId}/shipping-methods?fields=id`, { option_id: options[step.shipping] }, headers)
          expectLean(res, "shipping")
        }
      }
      const collection = await http.post("/store/payment-collections?fields=id", { cart_id: cartId }, headers)
      expectLean(collection, "payment collection")
      return { cartId, collectionId: String(collection.data.payment_collection.id), paths, headers }
    }

    /** The same journey through Medusa's own workflows, in process. */
    async function throughMedusa(steps: Step[], email: string, customerId?: string) {
      const container = getContainer()
      const { result: cart } = await createCartWorkflow(container).run({
        input: { region_id: store.regionId, email, sales_channel_id: salesChannelId, customer_id: customerId },
      })
      for (const step of steps) {
        if ("variant" in step) {
          await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: step.variant, quantity: step.quantity }] } })
        } else if ("address" in step) {
          await updateCartWorkflow(container).run({ input: { id: cart.id, email, shipping_address: ADDRESS, billing_address: ADDRESS } })
        } else {
          await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: options[step.shipping] }] } })
        }
      }
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      return { cartId: cart.id, collectionId: collection.id }
    }

    async function expectSameCarts(steps: Step[], customer?: { id: string; email: string; token: string }) {
      const email = customer?.email ?? `lean-${Math.random().toString(36).slice(2, 10)}@example.test`
      const lean = await throughApi(steps, email, customer?.token)
      const medusa = await throughMedusa(steps, email, customer?.id)
      for (const path of lean.paths) expect(path).toMatch(/: lean$/)
      const container = getContainer()
      expect(comparable(await graph(container, "cart", lean.cartId, CART_FIELDS))).toEqual(
        comparable(await graph(container, "cart", medusa.cartId, CART_FIELDS))
      )
      return { lean, medusa }
    }

    it("a guest's cart built by the lean path equals the one Medusa's workflows build, and so do their orders", async () => {
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      const { lean, medusa } = await expectSameCarts([{ variant: kiwi.variant_id, quantity: 2 }, { address: true }, { shipping: "Standard" }])

      // Pay both with Medusa's system provider (the mock card is covered by the test-card suites) and complete.
      const session = await http.post(
        `/store/payment-collections/${lean.collectionId}/payment-sessions?fields=id`,
        { provider_id: SYSTEM_PROVIDER },
        lean.headers
      )
      expectStatus(session, 200, "lean payment session")
      expect(session.headers[PATH]).toBe("lean")
      const container = getContainer()
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: medusa.collectionId, provider_id: SYSTEM_PROVIDER },
      })
      const completed = await http.post(`/store/carts/${lean.cartId}/complete?fields=id`, {}, lean.headers)
      expectStatus(completed, 200, "lean completion")
      expect(completed.headers[PATH]).toBe("lean")
      expect(completed.data.type).toBe("order")
      const { result } = await completeCartWorkflow(container).run({ input: { id: medusa.cartId } })

      const leanOrder = completed.data.order.id as string
      expect(comparable(await graph(container, "order", leanOrder, ORDER_FIELDS))).toEqual(
        comparable(await graph(container, "order", result.id, ORDER_FIELDS))
      )
      // The same links, reservation and payment state as Medusa's completion leaves.
      for (const orderId of [leanOrder, result.id]) {
        expect(await count(db, "select 1 from order_cart where order_id = ? and deleted_at is null", [orderId])).toBe(1)
        expect(await count(db, "select 1 from order_payment_collection where order_id = ? and deleted_at is null", [orderId])).toBe(1)
        expect(await count(db, `select 1 from reservation_item r join order_line_item li on li.id = r.line_item_id
                                join order_item oi on oi.item_id = li.id where oi.order_id = ? and r.quantity = 2 and r.deleted_at is null`, [orderId])).toBe(1)
      }
      const carts = await db.raw<{ id: string; completed: boolean }>(`select id, completed_at is not null as completed from cart where id in (?, ?)`, [lean.cartId, medusa.cartId])
      expect(carts.rows.every((c) => c.completed)).toBe(true)
      const collections = await db.raw<{ status: string }>(`select status from payment_collection where id in (?, ?)`, [lean.collectionId, medusa.collectionId])
      expect(collections.rows.map((c) => c.status)).toEqual(["authorized", "authorized"])
    })

    it("lists the shipping options, prices and stock flags Medusa's listing answers", async () => {
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      const lean = await throughApi([{ variant: kiwi.variant_id, quantity: 2 }, { address: true }], `lean-options-${Date.now()}@example.test`)
      const picked = await http.get(`/store/shipping-options?cart_id=${lean.cartId}&fields=id,name,amount`, lean.headers)
      expectStatus(picked, 200, "lean listing")
      expect(picked.headers[PATH]).toBe("lean")
      const full = await http.get(`/store/shipping-options?cart_id=${lean.cartId}`, lean.headers)
      expectStatus(full, 200, "Medusa's listing")
      expect(full.headers[PATH]).toMatch(/^medusa; reason="fields beyond the lean listing"/)
      type Option = { id: string; name: string; amount: number; is_tax_inclusive: boolean; insufficient_inventory: boolean }
      const shape = (options: Option[]) =>
        options
          .map((o) => ({ id: o.id, name: o.name, amount: o.amount, is_tax_inclusive: o.is_tax_inclusive, insufficient_inventory: o.insufficient_inventory }))
          .sort((a, b) => a.id.localeCompare(b.id))
      expect(shape(picked.data.shipping_options)).toEqual(shape(full.data.shipping_options))
      expect(picked.data.shipping_options.length).toBeGreaterThanOrEqual(2)
      // Only the fields asked for (plus the computed price and stock flags), no relations.
      expect(Object.keys(picked.data.shipping_options[0]).sort()).toEqual(["amount", "id", "insufficient_inventory", "is_tax_inclusive", "name"])
    })

    it("merges a repeated variant, taxes items added after the address, and replaces the shipping method", async () => {
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      const other = (await db.raw<{ id: string }>(
        `select v.id from product_variant v join product_variant_inventory_item pvi on pvi.variant_id = v.id
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id
          where v.deleted_at is null and v.sku <> 'GOLDEN-KIWI' and il.stocked_quantity - il.reserved_quantity > 10
          order by v.sku limit 1`
      )).rows[0].id
      await expectSameCarts([
        { address: true },
        { variant: kiwi.variant_id, quantity: 1 },
        { variant: other, quantity: 3 },
        { variant: kiwi.variant_id, quantity: 2 },
        { shipping: "Standard" },
        { shipping: "Express" },
      ])
    })

    it("a signed-in customer's cart is theirs on either path", async () => {
      const customer = await registerCustomer(client, "lean")
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      await expectSameCarts([{ variant: kiwi.variant_id, quantity: 1 }, { address: true }, { shipping: "Express" }], customer)
    })

    it("prices stay equal when the region's prices include tax", async () => {
      const container = getContainer()
      const pricing = container.resolve(Modules.PRICING)
      const [preference] = await pricing.listPricePreferences({ attribute: "region_id", value: [store.regionId] })
      await pricing.updatePricePreferences({ id: preference.id }, { is_tax_inclusive: true })
      try {
        const kiwi = await variantBySku(db, "GOLDEN-KIWI")
        await expectSameCarts([{ variant: kiwi.variant_id, quantity: 2 }, { address: true }, { shipping: "Standard" }])
      } finally {
        await pricing.updatePricePreferences({ id: preference.id }, { is_tax_inclusive: false })
      }
    })

    it("pays with the mock card on the lean path: a decline leaves no order and the cart open, a retry places it", async () => {
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      const email = `lean-card-${Date.now()}@example.test`
      const lean = await throughApi([{ variant: kiwi.variant_id, quantity: 1 }, { address: true }, { shipping: "Standard" }], email)
      const before = (await variantBySku(db, "GOLDEN-KIWI")).reserved
      const declined = await http.post(
        `/store/payment-collections/${lean.collectionId}/payment-sessions?fields=id`,
        { provider_id: "pp_mock-card_mock-card", data: { card: card(TEST_CARDS.insufficientFunds) } },
        lean.headers
      )
      expectStatus(declined, 200, "session for the declined card")
      const refused = await http.post(`/store/carts/${lean.cartId}/complete`, {}, lean.headers)
      expectStatus(refused, 200, "declined completion")
      expect(refused.headers[PATH]).toBe("lean")
      expect(refused.data.type).toBe("cart")
      expect(refused.data.error.type).toBe("payment_authorization_error")
      expect(refused.data.error.message).toMatch(/insufficient_funds/)
      expect(await count(db, "select 1 from order_cart where cart_id = ? and deleted_at is null", [lean.cartId])).toBe(0)
      expect(await count(db, `select 1 from "order" o join order_cart oc on oc.order_id = o.id where oc.cart_id = ? and o.deleted_at is null`, [lean.cartId])).toBe(0)
      expect((await variantBySku(db, "GOLDEN-KIWI")).reserved).toBe(before)
      const open = await db.raw<{ completed_at: string | null }>("select completed_at from cart where id = ?", [lean.cartId])
      expect(open.rows[0].completed_at).toBeNull()

      await http.post(
        `/store/payment-collections/${lean.collectionId}/payment-sessions?fields=id`,
        { provider_id: "pp_mock-card_mock-card", data: { card: card(TEST_CARDS.authorized) } },
        lean.headers
      )
      const placed = await http.post(`/store/carts/${lean.cartId}/complete?fields=id`, {}, lean.headers)
      expectStatus(placed, 200, "completion after retry")
      expect(placed.data.type).toBe("order")
      expect((await variantBySku(db, "GOLDEN-KIWI")).reserved).toBe(before + 1)
    })

    it("hands carts with promotions to Medusa's workflows, which apply them", async () => {
      // A cart that is ready to complete before the promotion exists.
      const kiwiBefore = await variantBySku(db, "GOLDEN-KIWI")
      const ready = await throughApi(
        [{ variant: kiwiBefore.variant_id, quantity: 1 }, { address: true }, { shipping: "Standard" }],
        `lean-promo-${Date.now()}@example.test`
      )
      const session = await http.post(
        `/store/payment-collections/${ready.collectionId}/payment-sessions?fields=id`,
        { provider_id: SYSTEM_PROVIDER },
        ready.headers
      )
      expectStatus(session, 200, "payment session before the promotion")
      const token = await adminToken(http)
      const promotion = await http.post(
        "/admin/promotions",
        {
          code: "LEAN10",
          type: "standard",
          status: "active",
          is_automatic: true,
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "eur" },
        },
        { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true }
      )
      expectStatus(promotion, 200, "create automatic promotion")
      try {
        const kiwi = await variantBySku(db, "GOLDEN-KIWI")
        const headers = storeHeaders(store)
        const created = await http.post("/store/carts?fields=id", { region_id: store.regionId }, headers)
        expect(created.headers[PATH]).toMatch(/^medusa; reason="automatic promotions"/)
        const added = await http.post(
          `/store/carts/${created.data.cart.id}/line-items?fields=id,discount_total,items.adjustments.code`,
          { variant_id: kiwi.variant_id, quantity: 1 },
          headers
        )
        expectStatus(added, 200, "add item with a promotion")
        expect(added.headers[PATH]).toMatch(/^medusa/)
        expect(added.data.cart.discount_total).toBeGreaterThan(0)
        // The flag is read with the cart under its lock: the completion goes to Medusa's workflow too.
        const completed = await http.post(`/store/carts/${ready.cartId}/complete?fields=id`, {}, ready.headers)
        expectStatus(completed, 200, "completion with an automatic promotion active")
        expect(completed.headers[PATH]).toMatch(/^medusa; reason="automatic promotions"/)
        expect(completed.data.type).toBe("order")
      } finally {
        await http.delete(`/admin/promotions/${promotion.data.promotion.id}`, { headers: { authorization: `Bearer ${token}` } })
      }
    })

    it("answers bad input as Medusa does: unknown variant, country outside the region, sold out, unknown cart", async () => {
      const headers = storeHeaders(store)
      const created = await http.post("/store/carts?fields=id", { region_id: store.regionId }, headers)
      const cartId = created.data.cart.id
      const unknown = await http.post(`/store/carts/${cartId}/line-items`, { variant_id: "variant_missing", quantity: 1 }, headers)
      expect(unknown.status).toBe(400)
      expect(unknown.headers[PATH]).toMatch(/^medusa/)
      const elsewhere = await http.post(`/store/carts/${cartId}`, { shipping_address: { ...ADDRESS, country_code: "us" } }, headers)
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toMatch(/not within region/)
      const kiwi = await variantBySku(db, "GOLDEN-KIWI")
      const tooMany = await http.post(`/store/carts/${cartId}/line-items`, { variant_id: kiwi.variant_id, quantity: 100000 }, headers)
      expect(tooMany.status).toBe(400)
      expect(tooMany.headers[PATH]).toBe("lean")
      expect(tooMany.data.message).toMatch(/required inventory/)
      expect(await count(db, "select 1 from cart_line_item where cart_id = ? and deleted_at is null", [cartId])).toBe(0)
      const missing = await http.post(`/store/carts/cart_missing/line-items`, { variant_id: kiwi.variant_id, quantity: 1 }, headers)
      expect(missing.status).toBe(404)
      const noCart = await http.post("/store/payment-collections", { cart_id: "cart_missing" }, headers)
      expect(noCart.status).toBe(404)
    })
  },
})
