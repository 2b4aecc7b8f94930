import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder } from "../../../tests/helpers/checkout"
import type { PlacedOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { useTestInbox } from "../../../tests/helpers/test-inbox"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

const inbox = useTestInbox(2621)
/** The reply mails of one request (its reference is in the subject). */
const replyMails = (id: string) => inbox.find((m) => m.subject.includes(`[SUP-${id.slice(-8).toUpperCase()}] Re:`))
const replyMail = (id: string) => inbox.waitFor((m) => m.subject.includes(`[SUP-${id.slice(-8).toUpperCase()}] Re:`))

jest.setTimeout(240000)

const REQUEST = { subject: "Damaged parcel", category: "return", message: "The box arrived crushed." }

shopIntegrationRunner({
  env: { SUPPORT_RATE_LIMIT_MAX: "1000" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let carol: Customer
    let carolOrder: PlacedOrder

    const open = async (body: Record<string, unknown>, token?: string) => {
      const res = await client.store("post", "/store/support-requests", { token, body })
      expect(res.status).toBe(200)
      return res.data as { support_request: { id: string }; access_token?: string }
    }
    const adminReply = (id: string, message: string) => client.admin("post", `/admin/support-requests/${id}/messages`, { message })

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      client = await openShop(http, container, db)
      carol = await registerCustomer(client, "carol")
      carolOrder = await placeOrder(client, { customer: carol })
    })

    describe("GET /admin/support-requests (the inbox)", () => {
      it("lists requests newest first with the merchant's unread counts and the unread total", async () => {
        const older = (await open({ ...REQUEST, subject: "older" }, carol.token)).support_request.id
        const newer = (await open({ ...REQUEST, subject: "newer", order_id: carolOrder.id }, carol.token)).support_request.id
        await client.store("post", `/store/support-requests/${older}/messages`, { token: carol.token, body: { message: "Hello?" } })

        const res = await client.admin("get", "/admin/support-requests")
        expect(res.status).toBe(200)
        expect(res.data.support_requests.map((r: { id: string }) => r.id)).toEqual([newer, older])
        const byId = new Map(res.data.support_requests.map((r: { id: string }) => [r.id, r]))
        expect(byId.get(older)).toMatchObject({ unread_count: 2, status: "open", email: carol.email, customer_id: carol.id })
        expect(byId.get(newer)).toMatchObject({
          unread_count: 1,
          order_id: carolOrder.id,
          order: { id: carolOrder.id, display_id: carolOrder.display_id },
        })
        expect(res.data.unread_total).toBe(3)
        expect(res.data.count).toBe(2)
      })

      it("filters by status (one or several) and by order", async () => {
        const open1 = (await open({ ...REQUEST, subject: "stays open" }, carol.token)).support_request.id
        const closed = (await open({ ...REQUEST, subject: "gets closed", order_id: carolOrder.id }, carol.token)).support_request.id
        expect((await client.admin("post", `/admin/support-requests/${closed}`, { status: "closed" })).status).toBe(200)

        const onlyClosed = await client.admin("get", "/admin/support-requests?status=closed")
        expect(onlyClosed.data.support_requests.map((r: { id: string }) => r.id)).toEqual([closed])
        const both = await client.admin("get", "/admin/support-requests?status=open,closed")
        expect(both.data.count).toBe(2)
        const byOrder = await client.admin("get", `/admin/support-requests?order_id=${carolOrder.id}`)
        expect(byOrder.data.support_requests.map((r: { id: string }) => r.id)).toEqual([closed])
        expect(byOrder.data.support_requests[0].order.display_id).toBe(carolOrder.display_id)
        const bad = await client.admin("get", "/admin/support-requests?status=archived")
        expect(bad.status).toBe(400)
        expect(open1).toBeDefined()
      })

      it("is for admins only", async () => {
        const res = await http.get("/admin/support-requests", { validateStatus: () => true })
        expect(res.status).toBe(401)
        const asCustomer = await http.get("/admin/support-requests", {
          headers: { authorization: `Bearer ${carol.token}` },
          validateStatus: () => true,
        })
        expect(asCustomer.status).toBe(401)
      })
    })

    describe("GET /admin/support-requests/:id (the thread)", () => {
      it("shows the thread with the customer and order, and marks it read for the merchant", async () => {
        const id = (await open({ ...REQUEST, order_id: carolOrder.id }, carol.token)).support_request.id
        const res = await client.admin("get", `/admin/support-requests/${id}`)
        expect(res.status).toBe(200)
        expect(res.data.support_request).toMatchObject({
          id,
          unread_count: 0,
          customer: { id: carol.id, email: carol.email },
          order: { id: carolOrder.id, display_id: carolOrder.display_id },
        })
        expect(res.data.support_request.messages).toEqual([
          expect.objectContaining({ author: "customer", author_id: carol.id, body: REQUEST.message }),
        ])
        const inbox = await client.admin("get", "/admin/support-requests")
        expect(inbox.data.support_requests[0].unread_count).toBe(0)
        expect(inbox.data.unread_total).toBe(0)
      })

      it("answers 404 for an unknown id", async () => {
        expect((await client.admin("get", "/admin/support-requests/supreq_nothing")).status).toBe(404)
      })
    })

    describe("merchant replies", () => {
      it("wait for the customer, reach them by email with a link to their account, and count as unread for them", async () => {
        const id = (await open(REQUEST, carol.token)).support_request.id
        const res = await adminReply(id, "Sorry! A replacement is on its way.\nYour shop")
        expect(res.status).toBe(200)
        expect(res.data.support_request.status).toBe("waiting_for_customer")
        expect(res.data.support_request.messages[1]).toMatchObject({
          author: "merchant",
          author_id: expect.stringMatching(/^user_/),
          body: "Sorry! A replacement is on its way.\nYour shop",
        })

        const email = await replyMail(id)
        expect(email.to).toContain(carol.email)
        expect(email.subject).toContain(`Re: ${REQUEST.subject}`)
        expect(email.text).toContain("Sorry! A replacement is on its way.")
        expect(email.text).toContain("Your shop")
        expect(email.text).toMatch(new RegExp(`/account/support/${id}\\b`))

        const list = await client.store("get", "/store/support-requests", { token: carol.token })
        expect(list.data.support_requests.find((r: { id: string }) => r.id === id).unread_count).toBe(1)
        const thread = await client.store("get", `/store/support-requests/${id}`, { token: carol.token })
        expect(thread.data.support_request.messages.map((m: { author: string }) => m.author)).toEqual(["customer", "merchant"])
        expect(thread.data.support_request.messages[1]).not.toHaveProperty("author_id")
        const after = await client.store("get", "/store/support-requests", { token: carol.token })
        expect(after.data.support_requests.find((r: { id: string }) => r.id === id).unread_count).toBe(0)

        const answer = await client.store("post", `/store/support-requests/${id}/messages`, {
          token: carol.token,
          body: { message: "Thank you!" },
        })
        expect(answer.data.support_request.status).toBe("open")
        // The merchant's reply marked the first message read: only the answer is new.
        const inbox = await client.admin("get", `/admin/support-requests?status=open`)
        expect(inbox.data.support_requests.find((r: { id: string }) => r.id === id).unread_count).toBe(1)
      })

      it("reach a guest by email with a link that opens their thread", async () => {
        const created = await open({ ...REQUEST, email: "guest-mail@example.test" })
        const id = created.support_request.id
        expect((await adminReply(id, "We can help.")).status).toBe(200)
        const email = await replyMail(id)
        expect(email.to).toContain("guest-mail@example.test")
        expect(email.text).toContain("We can help.")
        const link = new URL(String(email.text.match(/https?:\/\/[^\s\]]+\/support\/[^\s\]]+/)?.[0]))
        expect(link.pathname).toBe(`/support/${id}`)
        const token = link.searchParams.get("token")
        expect(token).toBe(created.access_token)
        const thread = await client.store("get", `/store/support-requests/${id}`, { headers: { "x-support-token": String(token) } })
        expect(thread.status).toBe(200)
        expect(thread.data.support_request.messages[1]).toMatchObject({ author: "merchant", body: "We can help." })
      })

      it("send no email for the customer's own messages", async () => {
        const id = (await open(REQUEST, carol.token)).support_request.id
        await client.store("post", `/store/support-requests/${id}/messages`, { token: carol.token, body: { message: "More." } })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(replyMails(id)).toEqual([])
      })

      it.each([
        ["an empty reply", ""],
        ["a 100 KB reply", "x".repeat(100 * 1024)],
      ])("refuse %s with 400", async (_name, message) => {
        const id = (await open(REQUEST, carol.token)).support_request.id
        const res = await adminReply(id, message)
        expect(res.status).toBe(400)
        const thread = await client.admin("get", `/admin/support-requests/${id}`)
        expect(thread.data.support_request.messages).toHaveLength(1)
      })

      it("answer 404 for an unknown request", async () => {
        expect((await adminReply("supreq_nothing", "Hi")).status).toBe(404)
      })
    })

    describe("POST /admin/support-requests/:id (status)", () => {
      it("closes, refuses replies to the closed request, and reopens it", async () => {
        const id = (await open(REQUEST, carol.token)).support_request.id
        const closed = await client.admin("post", `/admin/support-requests/${id}`, { status: "closed" })
        expect(closed.status).toBe(200)
        expect(closed.data.support_request).toMatchObject({ status: "closed", closed_at: expect.any(String) })

        const reply = await adminReply(id, "Anything else?")
        expect(reply.status).toBe(400)
        expect(reply.data.message).toMatch(/closed/)

        const parked = await client.admin("post", `/admin/support-requests/${id}`, { status: "waiting_for_customer" })
        expect(parked.status).toBe(400)
        expect(parked.data.message).toMatch(/reopened/)

        const reopened = await client.admin("post", `/admin/support-requests/${id}`, { status: "open" })
        expect(reopened.status).toBe(200)
        expect(reopened.data.support_request).toMatchObject({ status: "open", closed_at: null })
        expect((await adminReply(id, "Anything else?")).status).toBe(200)
      })

      it.each([
        ["the status it already has", { status: "open" }, /already open/],
        ["an unknown status", { status: "archived" }, /status/],
        ["no status", {}, /status/],
      ])("answers 400 to %s", async (_name, body, pattern) => {
        const id = (await open(REQUEST, carol.token)).support_request.id
        const res = await client.admin("post", `/admin/support-requests/${id}`, body)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(pattern)
      })

      it("answers 404 for an unknown request", async () => {
        expect((await client.admin("post", "/admin/support-requests/supreq_nothing", { status: "closed" })).status).toBe(404)
      })
    })
  },
})
