import { Modules } from "@medusajs/framework/utils"
import { placeOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import { eventually } from "../../../tests/helpers/eventually"
import { expectStatus } from "../../../tests/helpers/http"
import { adminHeaders, openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { useTestInbox } from "../../../tests/helpers/test-inbox"

// Mails go through the notifications plugin's SMTP provider to a test inbox.
const inbox = useTestInbox(2612)
process.env.STOREFRONT_URL = "http://127.0.0.1:8000"
process.env.EMAIL_RETRY_BASE_SECONDS = "1"
process.env.EMAIL_RETRY_MAX_SECONDS = "1"
process.env.EMAIL_RETRY_POLL_SECONDS = "1"
process.env.EMAIL_MAX_ATTEMPTS = "2"

jest.setTimeout(240000)

// The runner restores the database before every test; the inbox keeps its mails.
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    it("customer-accounts.registered → one welcome mail, even when the event comes twice", async () => {
      const { id: customerId } = await registerCustomer(client, "anna", {
        email: "anna.schmidt@example.com",
        password: "annapw2024!",
        first_name: "Anna",
        last_name: "Schmidt",
      })
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit({ name: "customer-accounts.registered", data: { id: customerId } })
      const mail = await inbox.waitFor((m) => m.to.includes("anna.schmidt@example.com"))
      expect(mail.subject).toBe("Welcome to Medusa Shop")
      expect(mail.text).toMatch(/Welcome, Anna!/i)
      expect(mail.html).toContain("http://127.0.0.1:8000/account")

      await eventBus.emit({ name: "customer-accounts.registered", data: { id: customerId } })
      await new Promise((r) => setTimeout(r, 1500))
      expect(inbox.find((m) => m.to.includes("anna.schmidt@example.com"))).toHaveLength(1)
    })

    it("POST /auth/customer/emailpass/reset-password → a mail whose link carries Medusa's working reset token", async () => {
      await registerCustomer(client, "reset", {
        email: "reset.me@example.com",
        password: "oldpassword1!",
        first_name: "Reset",
        last_name: "Me",
      })
      const res = await http.post("/auth/customer/emailpass/reset-password", { identifier: "reset.me@example.com" })
      expect(res.status).toBe(201)
      const mail = await inbox.waitFor((m) => m.to.includes("reset.me@example.com") && m.subject.includes("Reset"))
      expect(mail.subject).toBe("Reset your Medusa Shop password")
      const link = mail.text.match(/http:\/\/127\.0\.0\.1:8000\/account\/reset-password\?[^\s\]]+/)
      expect(link).not.toBeNull()
      const token = new URL(link![0]).searchParams.get("token")!
      expect(new URL(link![0]).searchParams.get("email")).toBe("reset.me@example.com")

      const update = await http.post("/auth/customer/emailpass/update", { password: "newpassword2!" }, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(update.status).toBe(200)
      const login = await http.post("/auth/customer/emailpass", { email: "reset.me@example.com", password: "newpassword2!" })
      expect(login.data.token).toBeTruthy()

      // The stored copy of a mail with a secret link is blanked once it is sent.
      const { rows } = await db.raw("select status, html, text from email_delivery where template = 'password-reset' and \"to\" = ?", [
        "reset.me@example.com",
      ])
      expect(rows[0].status).toBe("sent")
      expect(String(rows[0].html)).not.toContain(token)
      expect(String(rows[0].text)).not.toContain(token)
    })

    it("shipment.created → a mail with the carrier and the tracking link", async () => {
      const admin = client.shop.adminToken
      const order = await placeOrder(client, { email: "parcel@example.com", items: [{ handle: "rolled-oats", quantity: 2 }] })
      const { data } = await http.get(`/admin/orders/${order.id}?fields=id,*items`, adminHeaders(admin))
      const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: Number(i.quantity) }))
      expect(items).toEqual([{ id: expect.any(String), quantity: 2 }])
      expectStatus(
        await http.post(`/admin/orders/${order.id}/fulfillments`, { items, metadata: { carrier: "DHL" } }, adminHeaders(admin)),
        200,
        "fulfillment"
      )
      const { data: withFulfillment } = await http.get(`/admin/orders/${order.id}?fields=fulfillments.id`, adminHeaders(admin))
      const fulfillmentId = withFulfillment.order.fulfillments[0].id
      const shipment = await http.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        {
          items,
          labels: [
            {
              tracking_number: "00340434161094042557",
              tracking_url: "https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=00340434161094042557",
              label_url: "https://example.com/label.pdf",
            },
          ],
        },
        adminHeaders(admin)
      )
      expectStatus(shipment, 200, "shipment")
      const mail = await inbox.waitFor((m) => m.to.includes("parcel@example.com") && m.subject.includes("on its way"))
      expect(mail.subject).toBe(`Your Medusa Shop order #${order.display_id} is on its way`)
      expect(mail.text).toContain("DHL")
      expect(mail.text).toContain("00340434161094042557")
      expect(mail.html).toContain("https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=00340434161094042557")
      expect(mail.text).toContain("2 × Rolled Oats")

      // The confirmation (sent after the invoice PDF is drawn) and the shipment mail are both listed.
      await inbox.waitFor((m) => m.to.includes("parcel@example.com") && m.subject === `Your Medusa Shop order #${order.display_id}`)
      const emails = await http.get(`/admin/orders/${order.id}/emails`, adminHeaders(admin))
      expect(emails.data.emails.map((e: { template: string }) => e.template)).toEqual(
        expect.arrayContaining(["shipment", "order-confirmation"])
      )
    })

    it("sendTemplatedEmail mails a support reply, and refuses wrong props before anything is recorded", async () => {
      // The plugin's built entry point, as another plugin imports it.
      const { sendTemplatedEmail } = await import("@shop/notifications/workflows")
      const container = getContainer()
      const result = await sendTemplatedEmail(container, {
        template: "support-reply",
        to: "asker@example.com",
        props: { ticket_reference: "SUP-1042", ticket_subject: "Wo bleibt meine Lieferung?", message: "Hallo!\nIhr Paket ist unterwegs.", agent_name: "Lena" },
        reference: "support:SUP-1042",
      })
      expect(result.status).toBe("sent")
      const mail = await inbox.waitFor((m) => m.to.includes("asker@example.com"))
      expect(mail.subject).toBe("[SUP-1042] Re: Wo bleibt meine Lieferung?")
      expect(mail.text).toContain("Ihr Paket ist unterwegs.")
      expect(mail.text).toContain("Lena, Medusa Shop support")

      await expect(
        sendTemplatedEmail(container, {
          template: "support-reply",
          to: "asker@example.com",
          // @ts-expect-error message is required
          props: { ticket_reference: "SUP-1043" },
        })
      ).rejects.toThrow(/Invalid data for email template "support-reply": message/)
      const { rows } = await db.raw("select count(*)::int as n from email_delivery where \"to\" = 'asker@example.com'")
      expect(rows[0].n).toBe(1)
    })

    it("a mail that keeps failing is retried with backoff up to EMAIL_MAX_ATTEMPTS, then marked failed", async () => {
      await inbox.stop()
      try {
        const { sendTemplatedEmail } = await import("@shop/notifications/workflows")
        const first = await sendTemplatedEmail(getContainer(), {
          template: "welcome",
          to: "nobody@example.com",
          props: { first_name: "No", email: "nobody@example.com" },
        })
        expect(first.status).toBe("retrying")
        const row = await eventually(async () => {
          const { rows } = await db.raw(
            "select status, attempts, last_error, next_attempt_at from email_delivery where \"to\" = 'nobody@example.com'"
          )
          return rows[0]?.status === "failed" ? rows[0] : null
        }, "the mail marked failed", 30000)
        expect(Number(row.attempts)).toBe(2)
        expect(row.next_attempt_at).toBeNull()
        expect(String(row.last_error)).toMatch(/ECONNREFUSED|connect/i)
        const { rows: notes } = await db.raw("select status from notification where \"to\" = 'nobody@example.com'")
        expect(notes.map((n) => n.status)).toEqual(["failure", "failure"])
      } finally {
        await inbox.start()
      }
    })
  },
})
