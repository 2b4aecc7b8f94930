import { placeOrder } from "../../../tests/helpers/checkout"
import type { PlacedOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { expectStatus } from "../../../tests/helpers/http"
import { cancelOrder, capturePayment, refundPayment } from "../../../tests/helpers/order-fixtures"
import { openShop, productByHandle } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(240000)

type Row = {
  id: string
  email: string
  first_name: string | null
  orders_count: number
  total_spent: number
  average_order_value: number | null
  first_order_at: string | null
  last_order_at: string | null
  days_since_last_order: number | null
  tracking_consent: boolean
  product_views: number | null
  wishlist_size: number | null
  reviews_count: number
  open_support_requests: number
  marketing_consent: boolean
  rfm: { recency: number; frequency: number; monetary: number; segment: string } | null
}

/** Major units as Medusa answers them (9.78) → euro cents, without float drift. */
const cents = (major: number) => Math.round(major * 100)

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let anna: Customer
    let ben: Customer
    let fay: Customer
    let carl: Customer
    let dora: Customer
    let erin: Customer
    const orders: Record<string, PlacedOrder[]> = { anna: [], ben: [], fay: [], carl: [], erin: [] }

    const list = async (query = "") => {
      const res = await client.admin("get", `/admin/insights/customers${query ? `?${query}` : ""}`)
      expectStatus(res, 200, `insights ${query}`)
      return res.data as { customers: Row[]; count: number; offset: number; limit: number; currency_code: string }
    }
    const names = async (query: string) => (await list(query)).customers.map((c) => c.first_name)

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      anna = await registerCustomer(client, "anna")
      ben = await registerCustomer(client, "ben")
      fay = await registerCustomer(client, "fay")
      carl = await registerCustomer(client, "carl")
      dora = await registerCustomer(client, "dora")
      erin = await registerCustomer(client, "erin")

      // In this order, so the last orders are ben < anna < fay (recency) and erin's is the newest of all.
      orders.anna.push(await placeOrder(client, { customer: anna }))
      orders.ben.push(await placeOrder(client, { customer: ben }))
      orders.anna.push(await placeOrder(client, { customer: anna }))
      orders.fay.push(await placeOrder(client, { customer: fay, items: [{ handle: "waxy-potatoes", quantity: 3 }] }))
      orders.carl.push(await placeOrder(client, { customer: carl }))
      orders.erin.push(await placeOrder(client, { customer: erin, items: [{ handle: "waxy-potatoes", quantity: 9 }] }))

      // A refund of 1.00 on anna's second order; carl's only order is canceled.
      const paymentId = await capturePayment(client, orders.anna[1].id)
      await refundPayment(client, paymentId, 1)
      await cancelOrder(client, orders.carl[0].id)

      // Anna tracks, views two products, wishlists one, reviews, asks for help, accepts marketing.
      const potatoes = await productByHandle(client, "waxy-potatoes")
      const peppers = await productByHandle(client, "red-bell-peppers")
      expectStatus(await client.store("post", "/store/engagement/consent", { token: anna.token, body: { granted: true } }), 200, "consent")
      for (const product of [potatoes, peppers]) {
        const view = await client.store("post", "/store/engagement/views", { token: anna.token, body: { product_id: product.id } })
        expect(view.data.recorded).toBe(true)
      }
      expectStatus(await client.store("post", "/store/wishlist", { token: anna.token, body: { product_id: peppers.id } }), 201, "wishlist")
      expectStatus(
        await client.store("post", `/store/products/${potatoes.id}/reviews`, { token: anna.token, body: { rating: 5, title: "Firm and tasty" } }),
        201,
        "review"
      )
      expectStatus(
        await client.store("post", "/store/support-requests", {
          token: anna.token,
          body: { subject: "Bigger bags?", category: "product_question", message: "Do you sell 5 kg bags?" },
        }),
        200,
        "support request"
      )
      expectStatus(await client.admin("post", `/admin/customers/${anna.id}`, { metadata: { marketing_consent: true } }), 200, "marketing consent")

      // Ben never gave tracking consent: his wishlist exists but is not shown.
      expectStatus(await client.store("post", "/store/wishlist", { token: ben.token, body: { product_id: potatoes.id } }), 201, "wishlist")

      // Erin erases her account: she must vanish from every figure.
      expectStatus(await client.store("delete", "/api/v1/customer/me/", { token: erin.token }), 200, "erase")
    })

    it("needs an admin", async () => {
      const anonymous = await client.store("get", "/admin/insights/customers")
      expect(anonymous.status).toBe(401)
      const asCustomer = await client.store("get", "/admin/insights/customers", { token: anna.token })
      expect(asCustomer.status).toBe(401)
    })

    it("answers every figure per customer, net of refunds and without canceled orders", async () => {
      const page = await list("order=email&limit=50")
      expect(page.currency_code).toBe("eur")
      expect(page.count).toBe(5)
      const byName = new Map(page.customers.map((c) => [c.first_name, c]))
      expect([...byName.keys()].sort()).toEqual(["anna", "ben", "carl", "dora", "fay"])

      const annaSpent = cents(orders.anna[0].total) + cents(orders.anna[1].total) - 100
      const a = byName.get("anna")!
      expect(a).toMatchObject({
        id: anna.id,
        email: anna.email,
        orders_count: 2,
        total_spent: annaSpent,
        average_order_value: Math.round(annaSpent / 2),
        days_since_last_order: 0,
        tracking_consent: true,
        product_views: 2,
        wishlist_size: 1,
        reviews_count: 1,
        open_support_requests: 1,
        marketing_consent: true,
      })
      expect(Number.isInteger(a.total_spent)).toBe(true)
      expect(new Date(a.first_order_at!).getTime()).toBeLessThan(new Date(a.last_order_at!).getTime())

      expect(byName.get("ben")).toMatchObject({
        orders_count: 1,
        total_spent: cents(orders.ben[0].total),
        average_order_value: cents(orders.ben[0].total),
        // No tracking consent: the wishlist exists but is not shown, views neither.
        tracking_consent: false,
        product_views: null,
        wishlist_size: null,
        reviews_count: 0,
        open_support_requests: 0,
        marketing_consent: false,
      })
      expect(byName.get("fay")).toMatchObject({ orders_count: 1, total_spent: cents(orders.fay[0].total) })
      for (const name of ["carl", "dora"]) {
        expect(byName.get(name)).toMatchObject({
          orders_count: 0,
          total_spent: 0,
          average_order_value: null,
          first_order_at: null,
          last_order_at: null,
          days_since_last_order: null,
          rfm: null,
        })
      }
    })

    it("never shows an erased customer", async () => {
      const all = await list("limit=200")
      expect(all.customers.map((c) => c.id)).not.toContain(erin.id)
      expect((await list(`q=${encodeURIComponent(erin.email)}`)).count).toBe(0)
      expect((await list("q=erased")).count).toBe(0)
    })

    it("scores recency, frequency and money in quintiles among buyers and names the segment", async () => {
      const byName = new Map((await list("limit=50")).customers.map((c) => [c.first_name, c.rfm]))
      // Buyers: ben (1 order, oldest last order, least spent), anna (2 orders), fay (1 order, newest, 3 bags).
      // percent_rank over 3 buyers is 0, 0.5, 1 → scores 1, 3, 5 (ties share the lower score).
      expect(cents(orders.fay[0].total)).toBeLessThan(cents(orders.anna[0].total) + cents(orders.anna[1].total) - 100)
      expect(byName.get("ben")).toEqual({ recency: 1, frequency: 1, monetary: 1, segment: "lost" })
      expect(byName.get("anna")).toEqual({ recency: 3, frequency: 5, monetary: 5, segment: "loyal" })
      expect(byName.get("fay")).toEqual({ recency: 5, frequency: 1, monetary: 3, segment: "new" })
    })

    it("sorts by a column in both directions, customers without a value last", async () => {
      expect(await names("order=-total_spent&limit=3")).toEqual(["anna", "fay", "ben"])
      // Equal values keep the id order, so pages never overlap.
      const noOrders = carl.id < dora.id ? ["carl", "dora"] : ["dora", "carl"]
      expect(await names("order=total_spent&limit=3")).toEqual([...noOrders, "ben"])
      expect(await names("order=-last_order_at")).toEqual(["fay", "anna", "ben", ...noOrders])
      expect(await names("order=last_order_at")).toEqual(["ben", "anna", "fay", ...noOrders])
      expect((await names("order=average_order_value")).slice(-2).sort()).toEqual(["carl", "dora"])
      expect(await names("order=rfm_segment&limit=3")).toEqual(["anna", "fay", "ben"])
      expect(await names("order=-name")).toEqual(["fay", "dora", "carl", "ben", "anna"])
      expect(await names("order=-product_views&limit=1")).toEqual(["anna"])
    })

    it("filters on orders, money, dates, segment, consent, support and text", async () => {
      expect(await names("min_orders=2")).toEqual(["anna"])
      expect(await names("max_orders=0&order=name")).toEqual(["carl", "dora"])
      expect(await names(`min_spent=${cents(orders.fay[0].total)}&order=name`)).toEqual(["anna", "fay"])
      expect(await names(`max_spent=${cents(orders.ben[0].total)}&min_orders=1`)).toEqual(["ben"])
      expect(await names("rfm_segment=lost,new&order=name")).toEqual(["ben", "fay"])
      expect(await names("marketing_consent=true")).toEqual(["anna"])
      expect(await names("has_open_support_requests=true")).toEqual(["anna"])
      expect((await list("has_open_support_requests=false")).count).toBe(4)
      expect(await names("q=ANNA")).toEqual(["anna"])
      expect((await list("q=%25")).count).toBe(0)

      const annaLast = (await list("min_orders=2")).customers[0].last_order_at!
      expect(await names(`last_order_after=${encodeURIComponent(annaLast)}&order=name`)).toEqual(["anna", "fay"])
      expect(await names(`last_order_before=${encodeURIComponent(annaLast)}`)).toEqual(["ben"])
      const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10)
      expect((await list(`last_order_after=${tomorrow}`)).count).toBe(0)
      expect((await list(`last_order_before=${tomorrow}`)).count).toBe(3)
    })

    it("pages on the server with a stable order and the full count", async () => {
      const all = (await list("order=email&limit=50")).customers.map((c) => c.id)
      const pages: string[] = []
      for (const offset of [0, 2, 4]) {
        const page = await list(`order=email&limit=2&offset=${offset}`)
        expect(page).toMatchObject({ count: 5, limit: 2, offset })
        pages.push(...page.customers.map((c) => c.id))
      }
      expect(pages).toEqual(all)
      const beyond = await list("order=email&limit=2&offset=10")
      expect(beyond).toMatchObject({ customers: [], count: 5 })
    })

    it("refuses bad parameters with a plain 400", async () => {
      const cases: [string, RegExp][] = [
        ["limit=0", /limit must be a whole number from 1 to 200/],
        ["limit=500", /limit must be a whole number from 1 to 200/],
        ["offset=-1", /offset must be a whole number/],
        ["order=password", /order must be one of/],
        ["min_orders=1.5", /min_orders must be a whole number/],
        ["min_spent=abc", /min_spent must be a whole number/],
        ["last_order_before=yesterday", /last_order_before must be a date/],
        ["last_order_after=2026-02-31", /last_order_after must be a date/],
        ["rfm_segment=vip", /rfm_segment must be a comma-separated list/],
        ["marketing_consent=yes", /marketing_consent must be true or false/],
        ["limit=1&limit=2", /limit must be given once/],
        ["fields=password", /Unknown parameter: fields/],
      ]
      for (const [query, message] of cases) {
        const res = await client.admin("get", `/admin/insights/customers?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect([query, res.data.message]).toEqual([query, expect.stringMatching(message)])
      }
    })
  },
})
