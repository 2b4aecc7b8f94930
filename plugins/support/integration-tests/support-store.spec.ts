import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder } from "../../../tests/helpers/checkout"
import type { PlacedOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { eventually } from "../../../tests/helpers/eventually"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { issueOrderAccessToken } from "@shop/order-tracking/lib/issue-order-access-token"
import { useTestInbox } from "../../../tests/helpers/test-inbox"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

const inbox = useTestInbox(2622)

jest.setTimeout(240000)

const REQUEST = { subject: "Where is my parcel?", category: "order_problem", message: "It has been a week.\nAny news?" }

shopIntegrationRunner({
  env: { SUPPORT_RATE_LIMIT_MAX: "1000" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let alice: Customer
    let bob: Customer
    let aliceOrder: PlacedOrder
    let guestOrder: PlacedOrder
    let guestOrderToken: string

    const open = (body: Record<string, unknown>, token?: string, headers?: Record<string, string>) =>
      client.store("post", "/store/support-requests", { token, body, headers })
    const requestCount = async () => {
      const { rows } = await db.raw("select count(*)::int as n from support_request")
      return Number(rows[0].n)
    }

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      client = await openShop(http, container, db)
      alice = await registerCustomer(client, "alice")
      bob = await registerCustomer(client, "bob")
      aliceOrder = await placeOrder(client, { customer: alice })
      guestOrder = await placeOrder(client, { email: `support-guest-${Date.now()}@example.test` })
      guestOrderToken = await issueOrderAccessToken(container, guestOrder.id)
    })

    describe("POST /store/support-requests", () => {
      it("opens a request from the account with its first message", async () => {
        const res = await open(REQUEST, alice.token)
        expect(res.status).toBe(200)
        expect(res.data.access_token).toBeUndefined()
        expect(res.data.support_request).toMatchObject({
          subject: REQUEST.subject,
          category: "order_problem",
          status: "open",
          order_id: null,
          email: alice.email,
          unread_count: 0,
          closed_at: null,
        })
        expect(res.data.support_request.id).toMatch(/^supreq_/)
        expect(res.data.support_request.messages).toEqual([
          { id: expect.stringMatching(/^supmsg_/), author: "customer", body: REQUEST.message, created_at: expect.any(String) },
        ])
      })

      it("emails the merchant about the new request", async () => {
        const res = await open({ ...REQUEST, subject: "Tell the merchant", message: "Line <b>one</b>\nLine two" }, alice.token)
        const id = res.data.support_request.id
        const reference = `SUP-${id.slice(-8).toUpperCase()}`
        expect(res.data.support_request.reference).toBe(reference)
        const email = await inbox.waitFor((m) => m.subject.includes(`[${reference}] New support request`))
        expect(email.to).toContain("admin@shop.test")
        expect(email.subject).toBe(`[${reference}] New support request: Tell the merchant`)
        expect(email.text).toContain(alice.email)
        expect(email.text).toContain("order problem")
        expect(email.text).toContain("Line <b>one</b>")
        expect(email.html).toContain("Line &lt;b&gt;one&lt;/b&gt;")
        expect(email.text).toContain(`/app/support/${id}`)
      })

      it("opens a request about one of the customer's own orders", async () => {
        const res = await open({ ...REQUEST, order_id: aliceOrder.id }, alice.token)
        expect(res.status).toBe(200)
        expect(res.data.support_request.order_id).toBe(aliceOrder.id)
        const list = await client.store("get", `/store/support-requests?order_id=${aliceOrder.id}`, { token: alice.token })
        expect(list.data.support_requests.map((r: { id: string }) => r.id)).toEqual([res.data.support_request.id])
      })

      it("refuses another customer's order id with 400 and creates nothing", async () => {
        const before = await requestCount()
        const res = await open({ ...REQUEST, order_id: aliceOrder.id }, bob.token)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/not one of your orders/)
        expect(await requestCount()).toBe(before)
      })

      it("refuses an order id that does not exist with the same 400", async () => {
        const res = await open({ ...REQUEST, order_id: "order_01JNOPE000000000000000000" }, bob.token)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/not one of your orders/)
      })

      it("keeps the text as plain text, exactly as written", async () => {
        const text = `<script>alert("x")</script> & <b>bold</b> 'quotes' ü 🙂`
        const res = await open({ ...REQUEST, subject: "<img src=x onerror=alert(1)>", message: text }, alice.token)
        expect(res.status).toBe(200)
        expect(res.data.support_request.subject).toBe("<img src=x onerror=alert(1)>")
        expect(res.data.support_request.messages[0].body).toBe(text)
        expect(res.headers["content-type"]).toMatch(/^application\/json/)
      })

      it.each([
        ["an empty message", { message: "" }, /message/],
        ["a message of only spaces", { message: "   \n  " }, /message/],
        ["a 100 KB message", { message: "x".repeat(100 * 1024) }, /10000/],
        // The input guard of every route (plugins/api-v1) answers a NUL byte before this route does.
        ["a message with a NUL character", { message: "hello\u0000world" }, /NUL character/],
        ["no subject", { subject: undefined }, /subject/],
        ["a subject of two lines", { subject: "one\ntwo" }, /one line/],
        ["a 201-character subject", { subject: "s".repeat(201) }, /200/],
        ["an unknown category", { category: "complaint" }, /category/],
        ["a message that is not a string", { message: { text: "hi" } }, /message/],
      ])("answers 400 to %s and creates nothing", async (_name, change, pattern) => {
        const before = await requestCount()
        const res = await open({ ...REQUEST, ...change }, alice.token)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(pattern)
        expect(await requestCount()).toBe(before)
      })

      it("answers 413 to a body far over any message limit", async () => {
        const res = await open({ ...REQUEST, message: "x".repeat(400 * 1024) }, alice.token)
        expect(res.status).toBe(413)
      })
    })

    describe("guests", () => {
      it("open a request with their email and get the token to read it", async () => {
        const res = await open({ ...REQUEST, email: "  Guest.Shopper@Example.TEST " })
        expect(res.status).toBe(200)
        expect(res.data.support_request.email).toBe("guest.shopper@example.test")
        expect(typeof res.data.access_token).toBe("string")
        const id = res.data.support_request.id

        const withToken = await client.store("get", `/store/support-requests/${id}`, {
          headers: { "x-support-token": res.data.access_token },
        })
        expect(withToken.status).toBe(200)
        expect(withToken.data.support_request.messages[0].body).toBe(REQUEST.message)

        expect((await client.store("get", `/store/support-requests/${id}`)).status).toBe(404)
        const wrong = await client.store("get", `/store/support-requests/${id}`, { headers: { "x-support-token": "x".repeat(43) } })
        expect(wrong.status).toBe(404)
        expect((await client.store("get", `/store/support-requests/${id}`, { token: bob.token })).status).toBe(404)
      })

      it("answer their request with the token", async () => {
        const created = await open({ ...REQUEST, email: "guest-reply@example.test" })
        const headers = { "x-support-token": created.data.access_token }
        const res = await client.store("post", `/store/support-requests/${created.data.support_request.id}/messages`, {
          headers,
          body: { message: "Thanks!" },
        })
        expect(res.status).toBe(200)
        expect(res.data.support_request.messages.map((m: { body: string }) => m.body)).toEqual([REQUEST.message, "Thanks!"])
      })

      it("must give an email address", async () => {
        const res = await open(REQUEST)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/email/)
      })

      it("must give a valid email address", async () => {
        const res = await open({ ...REQUEST, email: "not-an-address" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/email/)
      })

      it("may name their order with the order's email and token", async () => {
        const proof = { "x-order-email": guestOrder.email, "x-order-token": guestOrderToken }
        const res = await open({ ...REQUEST, email: guestOrder.email, order_id: guestOrder.id }, undefined, proof)
        expect(res.status).toBe(200)
        expect(res.data.support_request.order_id).toBe(guestOrder.id)
      })

      it("may not name an order without its proof", async () => {
        const res = await open({ ...REQUEST, email: guestOrder.email, order_id: guestOrder.id })
        expect(res.status).toBe(400)
        const other = await open({ ...REQUEST, email: alice.email, order_id: aliceOrder.id })
        expect(other.status).toBe(400)
      })
    })

    describe("GET /store/support-requests", () => {
      it("lists only the customer's own requests, newest first", async () => {
        const first = await open({ ...REQUEST, subject: "first" }, alice.token)
        const second = await open({ ...REQUEST, subject: "second" }, alice.token)
        await open({ ...REQUEST, subject: "bob's" }, bob.token)
        const res = await client.store("get", "/store/support-requests", { token: alice.token })
        expect(res.status).toBe(200)
        const ids = res.data.support_requests.map((r: { id: string }) => r.id)
        expect(ids.indexOf(second.data.support_request.id)).toBeLessThan(ids.indexOf(first.data.support_request.id))
        expect(res.data.support_requests.map((r: { subject: string }) => r.subject)).not.toContain("bob's")
        expect(res.data.support_requests.every((r: { email: string }) => r.email === alice.email)).toBe(true)
        expect(res.data.support_requests[0].messages).toBeUndefined()
        expect(res.data.count).toBe(ids.length)
      })

      it("filters by status and pages", async () => {
        const customer = await registerCustomer(client, "pager")
        for (const subject of ["a", "b", "c"]) await open({ ...REQUEST, subject }, customer.token)
        const page = await client.store("get", "/store/support-requests?limit=2&offset=0", { token: customer.token })
        expect(page.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.data.support_requests.map((r: { subject: string }) => r.subject)).toEqual(["c", "b"])
        const closed = await client.store("get", "/store/support-requests?status=closed", { token: customer.token })
        expect(closed.data.count).toBe(0)
        const bad = await client.store("get", "/store/support-requests?status=archived", { token: customer.token })
        expect(bad.status).toBe(400)
      })

      it("answers 401 without a login", async () => {
        expect((await client.store("get", "/store/support-requests")).status).toBe(401)
      })
    })

    describe("a customer's thread", () => {
      it("is read by its customer, and 404 for another customer or an anonymous client", async () => {
        const created = await open(REQUEST, alice.token)
        const id = created.data.support_request.id
        expect((await client.store("get", `/store/support-requests/${id}`, { token: alice.token })).status).toBe(200)
        const asBob = await client.store("get", `/store/support-requests/${id}`, { token: bob.token })
        const anonymous = await client.store("get", `/store/support-requests/${id}`)
        expect(asBob.status).toBe(404)
        expect(anonymous.status).toBe(404)
        expect(JSON.stringify(asBob.data)).not.toContain(REQUEST.message)
        // A guest token is no key to a customer's request.
        const fake = await client.store("get", `/store/support-requests/${id}`, { headers: { "x-support-token": "x".repeat(43) } })
        expect(fake.status).toBe(404)
      })

      it("takes replies until it is closed, then refuses replies and a second close", async () => {
        const created = await open(REQUEST, alice.token)
        const id = created.data.support_request.id
        const reply = await client.store("post", `/store/support-requests/${id}/messages`, {
          token: alice.token,
          body: { message: "One more thing." },
        })
        expect(reply.status).toBe(200)
        expect(reply.data.support_request.messages).toHaveLength(2)
        expect(reply.data.support_request.messages[1]).toMatchObject({ author: "customer", body: "One more thing." })

        const close = await client.store("post", `/store/support-requests/${id}/close`, { token: alice.token })
        expect(close.status).toBe(200)
        expect(close.data.support_request.status).toBe("closed")
        expect(close.data.support_request.closed_at).toEqual(expect.any(String))

        const late = await client.store("post", `/store/support-requests/${id}/messages`, {
          token: alice.token,
          body: { message: "Hello?" },
        })
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/closed/)
        const again = await client.store("post", `/store/support-requests/${id}/close`, { token: alice.token })
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/closed/)

        const thread = await client.store("get", `/store/support-requests/${id}`, { token: alice.token })
        expect(thread.data.support_request.messages).toHaveLength(2)
      })

      it("refuses an empty or oversized reply with 400", async () => {
        const id = (await open(REQUEST, alice.token)).data.support_request.id
        for (const message of ["", "x".repeat(100 * 1024)]) {
          const res = await client.store("post", `/store/support-requests/${id}/messages`, { token: alice.token, body: { message } })
          expect(res.status).toBe(400)
        }
        const thread = await client.store("get", `/store/support-requests/${id}`, { token: alice.token })
        expect(thread.data.support_request.messages).toHaveLength(1)
      })

      it("cannot be answered or closed by another customer (404, nothing changes)", async () => {
        const id = (await open(REQUEST, alice.token)).data.support_request.id
        const reply = await client.store("post", `/store/support-requests/${id}/messages`, { token: bob.token, body: { message: "hi" } })
        const close = await client.store("post", `/store/support-requests/${id}/close`, { token: bob.token })
        const anonymousClose = await client.store("post", `/store/support-requests/${id}/close`)
        expect([reply.status, close.status, anonymousClose.status]).toEqual([404, 404, 404])
        const thread = await client.store("get", `/store/support-requests/${id}`, { token: alice.token })
        expect(thread.data.support_request).toMatchObject({ status: "open" })
        expect(thread.data.support_request.messages).toHaveLength(1)
      })

      it("answers 404 for a request id that does not exist", async () => {
        const res = await client.store("get", "/store/support-requests/supreq_nothing", { token: alice.token })
        expect(res.status).toBe(404)
      })
    })
  },
})
