import { placeOrder, TEST_CARDS } from "../helpers/checkout"
import { eventually } from "../helpers/eventually"
import { expectStatus } from "../helpers/http"
import { capturePayment, fulfilOrder, shipFulfillment } from "../helpers/order-fixtures"
import { pdfText } from "../helpers/pdf-text"
import type { ShopClient } from "../helpers/store-fixtures"
import { openShop } from "../helpers/store-fixtures"
import { useTestInbox } from "../helpers/test-inbox"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(240000)

// The app boots with the default capture mode (on_shipment): no MOCK_CARD_CAPTURE.
const previousCapture = process.env.MOCK_CARD_CAPTURE
delete process.env.MOCK_CARD_CAPTURE
afterAll(() => {
  if (previousCapture !== undefined) process.env.MOCK_CARD_CAPTURE = previousCapture
})

const inbox = useTestInbox(2631)

type Payment = {
  id: string
  captured_at: string | null
  data: Record<string, unknown>
  captures: { amount: number }[]
  refunds: { amount: number }[]
}

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    async function adminOrder(orderId: string) {
      const res = await client.admin(
        "get",
        `/admin/orders/${orderId}?fields=id,status,total,metadata,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`
      )
      expectStatus(res, 200, "admin order")
      const payment: Payment = res.data.order.payment_collections[0].payments[0]
      return { order: res.data.order, payment }
    }

    /** Fulfils every item and creates the shipment through Medusa's admin routes. */
    async function ship(orderId: string) {
      const fulfillmentId = await fulfilOrder(client, orderId)
      expectStatus(await shipFulfillment(client, orderId, fulfillmentId, { carrier: "dhl", labels: [{ tracking_number: "00340434161094042557" }] }), 200, "ship")
      return fulfillmentId
    }

    /** The text of the order's invoice PDF as the admin downloads it now (issued right after the order). */
    async function invoiceText(orderId: string): Promise<string> {
      const docs = await eventually(async () => {
        const res = await client.admin("get", `/admin/orders/${orderId}/invoices`)
        return res.status === 200 && res.data.invoice && res.data
      }, "the invoice")
      const pdf = await http.get(docs.invoice.download_url, {
        headers: { authorization: `Bearer ${client.shop.adminToken}` },
        responseType: "arraybuffer",
      })
      expectStatus(pdf, 200, "invoice pdf")
      return (await pdfText(Buffer.from(pdf.data))).all.replace(/\s+/g, " ")
    }

    /** "06.12.2026" of today in Berlin, as German invoices write it. */
    const today = () =>
      new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date())

    describe("capture on shipment (the default for cards)", () => {
      it("order → ship → captured → the invoice says paid, by which card and when, with the shipment as supply date", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        const before = await invoiceText(placed.id)
        expect(before).toContain("Payment authorised (Visa •••• 4242); the amount is charged when the order ships.")
        expect(before).toContain(`Supply date (order date) ${today()}`)
        expect(before).not.toMatch(/IBAN|BIC|transfer/)

        await ship(placed.id)
        await eventually(async () => (await adminOrder(placed.id)).order.payment_status === "captured", "the capture on shipment")
        const after = await invoiceText(placed.id)
        expect(after).toContain(`Paid by Visa •••• 4242 on ${today()}.`)
        expect(after).toContain(`Supply date ${today()}`)
        expect(after).not.toContain("order date")
        expect(after).not.toMatch(/IBAN|BIC|transfer/)
      })

      it("authorizes at checkout and captures the authorized amount when the shipment is created", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi", quantity: 2 }] })
        const before = await adminOrder(placed.id)
        expect(before.order.payment_status).toBe("authorized")
        expect(before.payment.data).toMatchObject({ capture_method: "on_shipment", status: "authorized", captured_amount: 0 })

        await ship(placed.id)
        const after = await eventually(async () => {
          const o = await adminOrder(placed.id)
          return o.order.payment_status === "captured" && o
        }, "the capture on shipment")
        expect(after.payment.captures.map((c) => c.amount)).toEqual([placed.total])
        expect(after.payment.data).toMatchObject({ status: "captured", captured_amount: Math.round(placed.total * 100) })
      })

      it("pay on invoice: the invoice asks for a bank transfer by the due date, with the seller's bank details", async () => {
        const placed = await placeOrder(client)
        const text = await invoiceText(placed.id)
        const due = new Date(Date.now() + 14 * 86400000)
        const dueText = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" }).format(due)
        expect(text).toMatch(new RegExp(`Please transfer €?[0-9.,]+ ?€? by ${dueText.replace(/\./g, "\\.")} to .*IBAN DE89 ?3704`))
        expect(text).toContain("IBAN")
      })

      it("leaves pay-on-invoice orders uncaptured when they ship: the customer has not paid yet", async () => {
        const placed = await placeOrder(client)
        await ship(placed.id)
        // The shipment mail is sent by another subscriber of the same event; once it is out, ours has run too.
        await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes("is on its way"))
        const after = await adminOrder(placed.id)
        expect(after.payment.captures).toHaveLength(0)
        expect(after.order.payment_status).not.toBe("captured")
      })
    })

    describe("a refused capture (4000 0000 0000 0341)", () => {
      it("is recorded on the order when the shipment's capture fails, and the shipment stands", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.captureFails, items: [{ handle: "golden-kiwi" }] })
        await ship(placed.id)
        const after = await eventually(async () => {
          const o = await adminOrder(placed.id)
          return o.order.metadata?.payment_capture_failure && o
        }, "the recorded capture failure")
        expect(after.order.metadata.payment_capture_failure).toEqual({
          payment_id: after.payment.id,
          code: "capture_declined",
          reason: expect.stringContaining("the card issuer refused the capture"),
          failed_at: expect.any(String),
        })
        expect(Date.now() - Date.parse(after.order.metadata.payment_capture_failure.failed_at)).toBeLessThan(60000)
        expect(after.order.payment_status).toBe("authorized")
        expect(after.payment.captures).toHaveLength(0)
      })

      it("is recorded on the order when the admin's Capture is refused, with Medusa's 400", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.captureFails, items: [{ handle: "golden-kiwi" }] })
        const { payment } = await adminOrder(placed.id)
        const res = await client.admin("post", `/admin/payments/${payment.id}/capture`, {})
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Capture failed \(capture_declined\)/)
        const after = await adminOrder(placed.id)
        expect(after.order.metadata.payment_capture_failure).toMatchObject({ payment_id: payment.id, code: "capture_declined" })
        expect(after.payment.captures).toHaveLength(0)
      })

      it("a successful admin capture answers Medusa's shape and records no failure", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        const { payment } = await adminOrder(placed.id)
        const res = await client.admin("post", `/admin/payments/${payment.id}/capture`, {})
        expectStatus(res, 200, "capture")
        expect(res.data.payment).toMatchObject({ id: payment.id })
        expect(res.data.payment.captured_at).not.toBeNull()
        const after = await adminOrder(placed.id)
        expect(after.order.payment_status).toBe("captured")
        expect(after.order.metadata?.payment_capture_failure ?? null).toBeNull()
      })
    })
  
    /** The order's invoice and credit notes as the admin's invoices widget lists them. */
    async function documents(orderId: string) {
      const res = await client.admin("get", `/admin/orders/${orderId}/invoices`)
      expectStatus(res, 200, "order documents")
      return res.data as { invoice: { number: string; total: number } | null; credit_notes: { id: string; number: string; total: number; download_url: string }[] }
    }

    async function creditNoteText(url: string): Promise<string> {
      const pdf = await http.get(url, { headers: { authorization: `Bearer ${client.shop.adminToken}` }, responseType: "arraybuffer" })
      expectStatus(pdf, 200, "credit note pdf")
      return (await pdfText(Buffer.from(pdf.data))).all.replace(/\s+/g, " ")
    }

    const cents = (amount: number) => Math.round(amount * 100)

    describe("cancellation and refunds", () => {
      it("cancelling an authorised card order voids the authorization, credits the invoice in full and mails the credit note", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        await invoiceText(placed.id)
        expectStatus(await client.admin("post", `/admin/orders/${placed.id}/cancel`, {}), 200, "cancel")

        const mail = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes("has been canceled"))
        expect(mail.text).toContain("Nothing was charged: the payment authorisation on your card has been released.")
        const docs = await documents(placed.id)
        expect(docs.credit_notes).toHaveLength(1)
        expect(docs.credit_notes[0].total).toBe(docs.invoice?.total)
        expect(mail.text).toContain(`Credit note ${docs.credit_notes[0].number}`)
        expect(mail.attachments.map((a) => a.filename)).toEqual([`${docs.credit_notes[0].number}.pdf`])
        expect(await creditNoteText(docs.credit_notes[0].download_url)).toContain("nothing is refunded and nothing is owed")

        const { order, payment } = await adminOrder(placed.id)
        expect(order.status).toBe("canceled")
        expect(payment.data).toMatchObject({ status: "canceled" })
        expect(payment.refunds).toHaveLength(0)
        // The invoice is now worth 0: invoice minus credit notes.
        expect(docs.invoice!.total - docs.credit_notes.reduce((sum, n) => sum + n.total, 0)).toBe(0)
      })

      it("cancelling a captured order refunds it, credits exactly the refund and mails both", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        await invoiceText(placed.id)
        await capturePayment(client, placed.id)
        expectStatus(await client.admin("post", `/admin/orders/${placed.id}/cancel`, {}), 200, "cancel")

        const mail = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes("has been canceled"))
        expect(mail.text).toMatch(/€[0-9.,]+ are refunded to your original payment method \(Visa •••• 4242\)\./)
        const docs = await documents(placed.id)
        expect(docs.credit_notes.map((n) => n.total)).toEqual([cents(placed.total)])
        expect(mail.attachments).toHaveLength(1)
        const { payment } = await adminOrder(placed.id)
        expect(payment.data).toMatchObject({ status: "refunded", refunded_amount: cents(placed.total) })
      })

      it("every refund mails its credit note", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi", quantity: 2 }] })
        await invoiceText(placed.id)
        const paymentId = await capturePayment(client, placed.id)
        expectStatus(await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount: 5 }), 200, "refund")
        const mail = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.startsWith("Refund for your"))
        const docs = await eventually(async () => {
          const d = await documents(placed.id)
          return d.credit_notes.length === 1 && d
        }, "the credit note")
        expect(mail.text).toContain("we have refunded €5.00 for your order")
        expect(mail.text).toContain(`Credit note ${docs.credit_notes[0].number}`)
        expect(mail.attachments.map((a) => a.filename)).toEqual([`${docs.credit_notes[0].number}.pdf`])
      })

      it("refuses to cancel a shipped order (400) and issues no credit note", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        await invoiceText(placed.id)
        await ship(placed.id)
        const res = await client.admin("post", `/admin/orders/${placed.id}/cancel`, {})
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/fulfillments must be canceled/)
        expect((await documents(placed.id)).credit_notes).toHaveLength(0)
        expect((await adminOrder(placed.id)).order.status).not.toBe("canceled")
      })
    })
  
    describe("guest links in every mail", () => {
      /** The order page link of a mail, with the guest's proof. */
      function guestLink(text: string, orderId: string): { email: string; token: string } {
        const match = new RegExp(`/account/orders/details/${orderId}\\?([^\\s)]+)`).exec(text)
        if (!match) throw new Error(`no order link for ${orderId} in: ${text}`)
        const params = new URLSearchParams(match[1])
        return { email: params.get("email") ?? "", token: params.get("token") ?? "" }
      }
      const openAsGuest = (orderId: string, proof: { email: string; token: string }) =>
        client.store("get", `/store/orders/${orderId}`, { headers: { "x-order-email": proof.email, "x-order-token": proof.token } })

      it("the guest's shipment mail link opens the order, and the confirmation's link keeps working", async () => {
        const placed = await placeOrder(client)
        const confirmation = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes(`order #${placed.display_id}`) && !m.subject.includes("on its way"))
        await ship(placed.id)
        const shipped = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes("is on its way"))

        const proof = guestLink(shipped.text, placed.id)
        expect(proof.email).toBe(placed.email)
        const res = await openAsGuest(placed.id, proof)
        expectStatus(res, 200, "guest opens the order from the shipment mail")
        expect(res.data.order.id).toBe(placed.id)
        expectStatus(await openAsGuest(placed.id, guestLink(confirmation.text, placed.id)), 200, "the confirmation link")
        expect((await openAsGuest(placed.id, { email: placed.email, token: `${proof.token}x` })).status).toBe(404)
      })

      it("the cancellation mail links the guest to the order too", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized })
        expectStatus(await client.admin("post", `/admin/orders/${placed.id}/cancel`, {}), 200, "cancel")
        const mail = await inbox.waitFor((m) => m.to.includes(placed.email) && m.subject.includes("has been canceled"))
        expectStatus(await openAsGuest(placed.id, guestLink(mail.text, placed.id)), 200, "guest opens the canceled order")
      })
    })
  
    describe("bad input: a clear 400 and nothing half-written", () => {
      it("capturing twice is a 400 that says why, and records no second capture", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        const paymentId = await capturePayment(client, placed.id)
        const again = await client.admin("post", `/admin/payments/${paymentId}/capture`, {})
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("This payment is already captured; nothing was charged again.")
        expect((await adminOrder(placed.id)).payment.captures).toHaveLength(1)
      })

      it("refunds above the captured amount, negative or finer than a cent are 400 with no refund and no credit note", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        await invoiceText(placed.id)
        const paymentId = await capturePayment(client, placed.id)
        for (const amount of [placed.total + 1, -5, 0, 1.005, 0.001]) {
          const res = await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount })
          expect([amount, res.status]).toEqual([amount, 400])
          expect(typeof res.data.message).toBe("string")
        }
        const fraction = await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount: 1.005 })
        expect(fraction.data.message).toBe("The amount 1.005 has more decimal places than EUR has (2): use whole cents.")
        const { payment } = await adminOrder(placed.id)
        expect(payment.refunds).toHaveLength(0)
        expect(payment.data).toMatchObject({ refunded_amount: 0 })
        expect((await documents(placed.id)).credit_notes).toHaveLength(0)
      })

      it("shipping a canceled order is refused and captures nothing", async () => {
        const placed = await placeOrder(client, { card: TEST_CARDS.authorized, items: [{ handle: "golden-kiwi" }] })
        const before = await client.admin("get", `/admin/orders/${placed.id}?fields=*items`)
        expectStatus(await client.admin("post", `/admin/orders/${placed.id}/cancel`, {}), 200, "cancel")
        const res = await client.admin("post", `/admin/orders/${placed.id}/fulfillments`, {
          items: before.data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity })),
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/canceled/i)
        const { order, payment } = await adminOrder(placed.id)
        expect(order.status).toBe("canceled")
        expect(payment.captures).toHaveLength(0)
      })
    })
  },
})
