import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder } from "../../../tests/helpers/checkout"
import type { Address, OrderOptions, PlacedOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { eventually } from "../../../tests/helpers/eventually"
import { expectStatus } from "../../../tests/helpers/http"
import { pdfText } from "../../../tests/helpers/pdf-text"
import { adminHeaders, openShop, storeHeaders } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { useTestInbox } from "../../../tests/helpers/test-inbox"
import type { InboxMessage } from "../../../tests/helpers/test-inbox"

// Mails go through the notifications plugin's SMTP provider to a test inbox.
const inbox = useTestInbox(2611)
process.env.MERCHANT_EMAIL = "merchant@shop.test"
// Fast retries so "SMTP down, then back" fits in a test.
process.env.EMAIL_RETRY_BASE_SECONDS = "1"
process.env.EMAIL_RETRY_MAX_SECONDS = "2"
process.env.EMAIL_RETRY_POLL_SECONDS = "1"
process.env.EMAIL_MAX_ATTEMPTS = "10"

jest.setTimeout(240000)

/** The buyer's address: the invoice PDF must print it, umlauts and ß intact. */
const ADDRESS: Address = {
  first_name: "Jürgen",
  last_name: "Weiß",
  address_1: "Königstraße 12",
  postal_code: "80331",
  city: "München",
  country_code: "de",
  phone: "+49 89 123456",
}
const euro = (minor: number) => `€${(minor / 100).toFixed(2)}`
const confirmationSubject = (displayId: number) => `Your Medusa Shop order #${displayId}`

// Note: the runner restores the database to its state before the first test
// (after the beforeAll hooks) before every test; the inbox keeps its mails.
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let admin: string
    let max: Customer
    let erika: Customer

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      admin = client.shop.adminToken
      max = await registerCustomer(client, "max", {
        email: "max.mustermann@example.com",
        password: "maxpw2024!",
        first_name: "Max",
        last_name: "Mustermann",
      })
      erika = await registerCustomer(client, "erika", {
        email: "erika@example.com",
        password: "erikapw2024!",
        first_name: "Erika",
        last_name: "Musterfrau",
      })
    })

    /** Checks out through the store API with the system provider, billed to ADDRESS. */
    const buy = (options: OrderOptions) => placeOrder(client, { address: ADDRESS, ...options })

    const invoiceRow = (orderId: string) =>
      eventually(async () => {
        const { rows } = await db.raw("select id, number, year, sequence, total, snapshot from invoice where order_id = ?", [orderId])
        return rows[0]
      }, "the invoice", 20000)

    describe("an order placed through the store API", () => {
      let order: PlacedOrder
      let mail: InboxMessage

      beforeAll(async () => {
        order = await buy({
          customer: max,
          items: [
            { handle: "waxy-potatoes", quantity: 2 },
            { handle: "rolled-oats", quantity: 1 },
          ],
        })
        mail = await inbox.waitFor((m) => m.to.includes("max.mustermann@example.com") && m.subject === confirmationSubject(order.display_id))
      })

      it("issues an invoice numbered INV-<year>-<6 digits> right after order.placed", async () => {
        const invoice = await invoiceRow(order.id)
        expect(invoice.number).toMatch(new RegExp(`^INV-${new Date().getFullYear()}-\\d{6}$`))
        expect(Number(invoice.sequence)).toBeGreaterThanOrEqual(1)
        const { rows } = await db.raw("select extract(epoch from (i.created_at - o.created_at)) as seconds from invoice i join \"order\" o on o.id = i.order_id where i.order_id = ?", [order.id])
        // Server clocks: order row → invoice row. The 2 s goal is measured by tests/load/invoice-bench.mjs;
        // here, with other suites sharing the CPU, only "seconds, not minutes" is asserted.
        expect(Number(rows[0].seconds)).toBeGreaterThan(0)
        expect(Number(rows[0].seconds)).toBeLessThan(5)
      })

      it("mails the order confirmation with the invoice PDF attached, from the shop, reply-to the merchant", async () => {
        const invoice = await invoiceRow(order.id)
        expect(mail.subject).toBe(`Your Medusa Shop order #${order.display_id}`)
        expect(mail.reply_to).toContain("merchant@shop.test")
        expect(mail.html).toContain("Waxy Potatoes")
        expect(mail.html).toContain("#1f3a5f") // the brand colour
        expect(mail.text).toContain("Rolled Oats")
        expect(mail.text).toContain(`Your invoice ${invoice.number} is attached`)
        expect(mail.attachments).toHaveLength(1)
        expect(mail.attachments[0].filename).toBe(`${invoice.number}.pdf`)
        expect(mail.attachments[0].content_type).toBe("application/pdf")
        expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe("%PDF-")
      })

      it("links the order page with the order's access token, which opens the order for its email only", async () => {
        const match = mail.text.match(/https?:\/\/[^\s\]]+\/account\/orders\/details\/[^\s\]]+/)
        expect(match).not.toBeNull()
        const link = new URL(match![0])
        expect(link.pathname).toBe(`/account/orders/details/${order.id}`)
        expect(link.searchParams.get("email")).toBe("max.mustermann@example.com")
        const token = String(link.searchParams.get("token"))
        expect(token.length).toBeGreaterThanOrEqual(32)
        const proof = (email: string, t: string) => storeHeaders(client.shop, undefined, { "x-order-email": email, "x-order-token": t })
        const opened = await http.get(`/store/orders/${order.id}`, proof("max.mustermann@example.com", token))
        expect(opened.status).toBe(200)
        expect(opened.data.order.id).toBe(order.id)
        const wrongEmail = await http.get(`/store/orders/${order.id}`, proof("someone@example.com", token))
        expect(wrongEmail.status).toBe(404)
        // The stored copy of the sent mail keeps the link without its token.
        const { rows } = await db.raw("select html, text from email_delivery where reference = ? and template = 'order-confirmation'", [`order:${order.id}`])
        expect(String(rows[0].text)).not.toContain(token)
        expect(String(rows[0].html)).not.toContain(token)
        expect(String(rows[0].text)).toContain("token=[removed]")
      })

      it("the PDF holds the number, the buyer, the lines and the totals of the order", async () => {
        const invoice = await invoiceRow(order.id)
        const { all, pages } = await pdfText(mail.attachments[0].content)
        expect(pages).toBe(1)
        expect(all).toContain(String(invoice.number))
        expect(all).toContain("Jürgen Weiß") // billing address name, umlaut and ß intact
        expect(all).toContain("Königstraße 12")
        expect(all).toContain("80331 München")
        expect(all).toContain("Waxy Potatoes")
        expect(all).toContain("Rolled Oats")
        expect(all).toContain("Shipping: Standard")
        // Potatoes and oats are food (7%), the shipping 19%.
        expect(all).toContain("VAT 7%")
        expect(all).toContain("VAT 19%")

        // Totals match the order Medusa computed, in minor units.
        const { data } = await http.get(`/admin/orders/${order.id}?fields=total,tax_total,items.unit_price,items.quantity,items.title`, adminHeaders(admin))
        const totalMinor = Math.round(data.order.total * 100)
        const taxMinor = Math.round(data.order.tax_total * 100)
        const snapshot = invoice.snapshot as { totals: { gross: number; tax: number; net: number }; lines: { description: string; quantity: number; unit_price: number }[] }
        expect(snapshot.totals.gross).toBe(totalMinor)
        expect(snapshot.totals.tax).toBe(taxMinor)
        expect(Number(invoice.total)).toBe(totalMinor)
        expect(all).toContain(euro(totalMinor))
        // Two VAT rates: each rate's VAT is printed, and they add up to the order's tax.
        const breakdown = (invoice.snapshot as { tax_breakdown: { tax: number }[] }).tax_breakdown
        expect(breakdown.reduce((sum, t) => sum + t.tax, 0)).toBe(taxMinor)
        for (const t of breakdown) expect(all).toContain(euro(t.tax))
        expect(all).toContain(euro(totalMinor - taxMinor))
        const potatoes = snapshot.lines.find((l) => l.description === "Waxy Potatoes")!
        expect(potatoes.quantity).toBe(2)
        // Net unit price: €2.79 incl. 7% VAT.
        expect(potatoes.unit_price).toBe(261)
        expect(all).toContain(euro(261))
      })

      it("lets the owner download the same invoice from the store API", async () => {
        const invoice = await invoiceRow(order.id)
        const res = await http.get(`/store/orders/${order.id}/invoice`, { ...storeHeaders(client.shop, max.token), responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("application/pdf")
        expect(res.headers["content-disposition"]).toContain(`${invoice.number}.pdf`)
        expect(res.headers["cache-control"]).toContain("no-store")
        const { all } = await pdfText(Buffer.from(res.data))
        expect(all).toContain(String(invoice.number))
        expect(all).toContain("Waxy Potatoes")
      })

      it("answers 404 to another customer, to an anonymous client and for an unknown order", async () => {
        const statusOf = async (url: string, token?: string) => (await http.get(url, storeHeaders(client.shop, token))).status
        expect(await statusOf(`/store/orders/${order.id}/invoice`, erika.token)).toBe(404)
        expect(await statusOf(`/store/orders/${order.id}/invoice`)).toBe(404)
        expect(await statusOf(`/store/orders/order_does_not_exist/invoice`, max.token)).toBe(404)
        expect(await statusOf(`/store/orders/${order.id}/credit-notes`, erika.token)).toBe(404)
        expect(await statusOf(`/store/orders/${order.id}/credit-notes`)).toBe(404)
      })

      it("lets the admin list, download and resend the invoice", async () => {
        const invoice = await invoiceRow(order.id)
        const { data } = await http.get(`/admin/orders/${order.id}/invoices`, adminHeaders(admin))
        expect(data.invoice.number).toBe(invoice.number)
        const pdf = await http.get(data.invoice.download_url, { ...adminHeaders(admin), responseType: "arraybuffer" })
        expect(pdf.status).toBe(200)
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

        const before = inbox.find((m) => m.subject === confirmationSubject(order.display_id)).length
        const resend = await http.post(`/admin/invoices/${invoice.id}/resend`, {}, adminHeaders(admin))
        expect(resend.status).toBe(202)
        expect(resend.data.email.status).toBe("sent")
        await eventually(
          async () => inbox.find((m) => m.subject === confirmationSubject(order.display_id)).length === before + 1,
          "the resent confirmation",
          20000
        )

        // The resent mail links the order with a freshly issued token; the first mail's token stops working.
        const resent = inbox.find((m) => m.subject === confirmationSubject(order.display_id)).at(-1)!
        const tokenIn = (m: InboxMessage) => {
          const link = m.text.match(/https?:\/\/[^\s\]]+\/account\/orders\/details\/[^\s\]]+/)
          expect(link).not.toBeNull()
          return String(new URL(link![0]).searchParams.get("token"))
        }
        const fresh = tokenIn(resent)
        expect(fresh).not.toBe(tokenIn(mail))
        const proof = (t: string) => storeHeaders(client.shop, undefined, { "x-order-email": "max.mustermann@example.com", "x-order-token": t })
        expect((await http.get(`/store/orders/${order.id}`, proof(fresh))).status).toBe(200)
        expect((await http.get(`/store/orders/${order.id}`, proof(tokenIn(mail)))).status).toBe(404)

        const emails = await http.get(`/admin/orders/${order.id}/emails`, adminHeaders(admin))
        expect(emails.data.emails.filter((e: { status: string }) => e.status === "sent")).toHaveLength(2)

        const anonymous = await http.get(`/admin/orders/${order.id}/invoices`).catch((e: { response: { status: number } }) => e.response)
        expect(anonymous.status).toBe(401)
      })

      it("issues a credit note CN-<year>-<6 digits> for a refund, downloadable by the owner only", async () => {
        const invoice = await invoiceRow(order.id)
        const { data } = await http.get(`/admin/orders/${order.id}?fields=id,payment_collections.payments.id`, adminHeaders(admin))
        const paymentId = data.order.payment_collections[0].payments[0].id
        expectStatus(await http.post(`/admin/payments/${paymentId}/capture`, {}, adminHeaders(admin)), 200, "capture")
        expectStatus(await http.post(`/admin/payments/${paymentId}/refund`, { amount: 2, note: "Damaged bag" }, adminHeaders(admin)), 200, "refund")

        const note = await eventually(async () => {
          const { rows } = await db.raw("select id, number, total, invoice_id, snapshot from credit_note where order_id = ?", [order.id])
          return rows[0]
        }, "the credit note", 20000)
        expect(note.number).toMatch(new RegExp(`^CN-${new Date().getFullYear()}-\\d{6}$`))
        expect(note.invoice_id).toBe(invoice.id)
        expect(Number(note.total)).toBe(200)
        const snapshot = note.snapshot as { invoice_number: string; mode: string; totals: { gross: number; tax: number } }
        expect(snapshot.invoice_number).toBe(invoice.number)
        expect(snapshot.mode).toBe("amount")
        expect(snapshot.totals.gross).toBe(200)

        const list = await http.get(`/store/orders/${order.id}/credit-notes`, storeHeaders(client.shop, max.token))
        expect(list.data.credit_notes.map((n: { number: string }) => n.number)).toEqual([note.number])
        const pdf = await http.get(list.data.credit_notes[0].download_url, { ...storeHeaders(client.shop, max.token), responseType: "arraybuffer" })
        const { all } = await pdfText(Buffer.from(pdf.data))
        expect(all).toContain(`Credit note ${note.number}`)
        expect(all).toContain(String(invoice.number))
        expect(all).toContain("€2.00")
        expect(all).toContain("Damaged bag")

        const other = await http.get(`/store/orders/${order.id}/credit-notes/${note.id}`, storeHeaders(client.shop, erika.token))
        expect(other.status).toBe(404)

        const docs = await http.get(`/admin/orders/${order.id}/invoices`, adminHeaders(admin))
        expect(docs.data.credit_notes.map((n: { number: string }) => n.number)).toEqual([note.number])
      })
    })

    it("gives 20 concurrent orders 20 consecutive invoice numbers, no gap, no duplicate", async () => {
      const { rows: before } = await db.raw("select coalesce(max(sequence), 0) as last from invoice where year = ?", [new Date().getFullYear()])
      const lastBefore = Number(before[0].last)
      // Twenty different products: the orders race for the invoice counter, not for one stock row.
      const { rows: stocked } = await db.raw(
        `select p.handle from product p join product_variant v on v.product_id = p.id
           join product_variant_inventory_item pvi on pvi.variant_id = v.id
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id
          where il.stocked_quantity - il.reserved_quantity >= 5 and p.deleted_at is null
          order by p.title limit 20`
      )
      expect(stocked).toHaveLength(20)
      const orders = await Promise.all(
        stocked.map((p, i) => buy({ email: `guest${i}@example.com`, items: [{ handle: String(p.handle), quantity: 1 }] }))
      )
      const ids = orders.map((o) => o.id)
      const rows = await eventually(
        async () => {
          const { rows } = await db.raw("select number, sequence from invoice where order_id = any(?) order by sequence", [ids])
          return rows.length === 20 ? rows : null
        },
        "20 invoices",
        60000
      )
      const sequences = rows.map((r) => Number(r.sequence))
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => lastBefore + 1 + i))
      expect(new Set(rows.map((r) => r.number)).size).toBe(20)
      const { rows: all } = await db.raw("select sequence from invoice where year = ? order by sequence", [new Date().getFullYear()])
      expect(all.map((r) => Number(r.sequence))).toEqual(Array.from({ length: all.length }, (_, i) => i + 1))
      // Every customer got the confirmation with the invoice.
      await eventually(async () => orders.every((o) => inbox.find((m) => m.to.includes(o.email) && m.attachments.length === 1).length > 0), "the 20 confirmations", 60000)
    })

    it("keeps numbering gap-free when an issue fails (a second invoice for the same order is rolled back with its number)", async () => {
      const container: MedusaContainer = getContainer()
      const order = await buy({ email: "gap@example.com", items: [{ handle: "organic-carrots", quantity: 1 }] })
      const first = await invoiceRow(order.id)
      const service = container.resolve("invoice") as {
        issueInvoice: (input: Record<string, unknown>) => Promise<{ number: string; sequence: number }>
      }
      await expect(
        service.issueInvoice({
          order_id: order.id,
          customer_id: null,
          issued_at: new Date(),
          year: Number(first.year),
          snapshot: first.snapshot,
        })
      ).rejects.toThrow()
      const next = await buy({ email: "gap2@example.com", items: [{ handle: "organic-carrots", quantity: 1 }] })
      const second = await invoiceRow(next.id)
      expect(Number(second.sequence)).toBe(Number(first.sequence) + 1)
    })

    it("rejects invalid seller settings with 400 and saves valid ones for the next invoices", async () => {
      const bad = await http.post("/admin/invoice-settings", { iban: "DE00 1234", vat_id: "nope" }, adminHeaders(admin))
      expect(bad.status).toBe(400)
      const defaults = await http.get("/admin/invoice-settings", adminHeaders(admin))
      expect(defaults.data.invoice_settings.is_default).toBe(true)
      expect(defaults.data.invoice_settings.company_name).toBe("Medusa Shop")

      const saved = await http.post(
        "/admin/invoice-settings",
        { company_name: "Müller & Söhne GmbH", address: "Große Straße 7\n20095 Hamburg\nGermany", iban: "DE89370400440532013000" },
        adminHeaders(admin)
      )
      expect(saved.status).toBe(200)
      expect(saved.data.invoice_settings.is_default).toBe(false)
      expect(saved.data.invoice_settings.iban).toBe("DE89 3704 0044 0532 0130 00")
      expect(saved.data.invoice_settings.vat_id).toBe("DE123456789")

      await buy({ email: "settings@example.com", items: [{ handle: "rolled-oats", quantity: 3 }] })
      const mail = await inbox.waitFor((m) => m.to.includes("settings@example.com"))
      const { all } = await pdfText(mail.attachments[0].content)
      expect(all).toContain("Müller & Söhne GmbH")
      expect(all).toContain("20095 Hamburg")
    })

    it("SMTP down: the order still succeeds, the mail is retried and sent once SMTP is back", async () => {
      await inbox.stop()
      const order = await buy({ email: "retry@example.com", items: [{ handle: "spaghetti-no-5", quantity: 2 }] })
      expect(order.id).toMatch(/^order_/)
      const failed = await eventually(async () => {
        const { rows } = await db.raw(
          "select status, attempts, last_error from email_delivery where reference = ? and template = 'order-confirmation'",
          [`order:${order.id}`]
        )
        return rows[0] && Number(rows[0].attempts) >= 1 && rows[0].status === "retrying" ? rows[0] : null
      }, "a failed first attempt", 20000)
      expect(String(failed.last_error)).toMatch(/ECONNREFUSED|connect|Connection/i)
      // The invoice does not depend on mail.
      await invoiceRow(order.id)

      await inbox.start()
      const mail = await inbox.waitFor((m) => m.to.includes("retry@example.com"), 30000)
      expect(mail.attachments[0].filename).toMatch(/^INV-\d{4}-\d{6}\.pdf$/)
      const delivered = await eventually(async () => {
        const { rows } = await db.raw("select status, attempts from email_delivery where reference = ? and template = 'order-confirmation'", [
          `order:${order.id}`,
        ])
        return rows[0]?.status === "sent" ? rows[0] : null
      }, "the delivery", 20000)
      expect(Number(delivered.attempts)).toBeGreaterThanOrEqual(2)
      const { rows: notes } = await db.raw('select status from notification where "to" = ? order by created_at', ["retry@example.com"])
      expect(notes.map((n) => n.status)).toContain("failure")
      expect(notes[notes.length - 1].status).toBe("success")
    })
  },
})
