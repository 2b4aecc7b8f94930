import http from "node:http"
import https from "node:https"
import net from "node:net"
import { BRAND_COLOURS, brandFor } from "../../lib/brand"
import { emailTemplates } from "../index"
import { renderEmail } from "../render"

const brand = brandFor("Medusa Shop")

/** Props that satisfy each template, as its callers build them. */
const examples: Record<keyof typeof emailTemplates, Record<string, unknown>> = {
  "order-confirmation": {
    customer_name: "Jürgen Weiß",
    invoice_number: "INV-2026-000042",
    order: {
      id: "order_1",
      display_id: 42,
      created_at: "2026-11-24T10:00:00.000Z",
      currency_code: "eur",
      items: [
        { title: "Waxy Potatoes", variant_title: "2 kg", quantity: 2, unit_price: 279, subtotal: 558 },
        { title: "Käse <script>alert(1)</script>", variant_title: null, quantity: 1, unit_price: 749, subtotal: 749 },
      ],
      item_subtotal: 1307,
      shipping_method: "Standard",
      shipping_subtotal: 490,
      discount_subtotal: 0,
      tax_total: 341,
      total: 2138,
      shipping_address: { name: "Jürgen Weiß", address_1: "Königstraße 12", postal_code: "80331", city: "München", country: "DE" },
      billing_address: null,
    },
  },
  welcome: { first_name: "Anna", email: "anna@example.com" },
  "password-reset": { email: "anna@example.com", token: "tok123", reset_url: "http://127.0.0.1:8000/account/reset-password?token=tok123" },
  shipment: {
    customer_name: "Anna",
    order_display_id: 42,
    carrier: "DHL",
    tracking_number: "00340434161094042557",
    tracking_url: "https://www.dhl.de/track?piececode=00340434161094042557",
    items: [{ title: "Rolled Oats", quantity: 2 }],
  },
  "support-reply": { ticket_reference: "SUP-7", message: "Line one\nLine two", agent_name: "Lena" },
  "support-request-created": {
    ticket_reference: "SUP-7",
    ticket_subject: "Parcel <b>damaged</b>",
    category: "order_problem",
    message: "The box was wet.\nWhat now?",
    customer_email: "anna@example.com",
    order_display_id: 42,
    admin_url: "http://127.0.0.1:9000/app/support/supreq_1",
  },
  "review-request": {
    customer_name: "Anna",
    order_display_id: 12,
    products: [{ title: "Kiwi", review_url: "https://shop.example/products/prod_1?review=1#write-review" }],
  },
  "order-canceled": {
    customer_name: "Anna",
    order_display_id: 42,
    credit_note_number: "CN-2026-000007",
    money_text: "Nothing was charged: the payment authorisation has been released.",
    order_url: "http://127.0.0.1:8000/account/orders/details/order_1?email=anna%40example.com&token=tok",
  },
  "credit-note": {
    customer_name: "Anna",
    order_display_id: 42,
    credit_note_number: "CN-2026-000008",
    invoice_number: "INV-2026-000042",
    amount: "€5.00",
  },
}

describe("email templates", () => {
  const originals = {
    connect: net.Socket.prototype.connect,
    httpRequest: http.request,
    httpsRequest: https.request,
    fetch: globalThis.fetch,
  }
  const attempts: string[] = []

  beforeAll(() => {
    // Any network access while rendering fails the test.
    const deny = (what: string) => (): never => {
      attempts.push(what)
      throw new Error(`network access while rendering: ${what}`)
    }
    net.Socket.prototype.connect = deny("socket") as unknown as typeof net.Socket.prototype.connect
    http.request = deny("http") as unknown as typeof http.request
    https.request = deny("https") as unknown as typeof https.request
    globalThis.fetch = deny("fetch") as unknown as typeof fetch
  })

  afterAll(() => {
    net.Socket.prototype.connect = originals.connect
    http.request = originals.httpRequest
    https.request = originals.httpsRequest
    globalThis.fetch = originals.fetch
  })

  it("has an example for every listed template", () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(emailTemplates).sort())
  })

  for (const name of Object.keys(emailTemplates) as (keyof typeof emailTemplates)[]) {
    it(`${name}: renders subject, HTML and text with the shop's name and colours, without network`, async () => {
      const mail = await renderEmail(name, examples[name], brand)
      expect(mail.subject.length).toBeGreaterThan(5)
      expect(mail.html).toMatch(/^<!DOCTYPE html/i)
      expect(mail.html).toContain("Medusa Shop")
      expect(mail.html).toContain(BRAND_COLOURS.primary)
      expect(mail.text).toContain("Medusa Shop")
      expect(mail.text).not.toMatch(/<(table|tr|td|div|p)\b/i)
      // No remote images, fonts or stylesheets.
      expect(mail.html).not.toMatch(/<(img|link|script)\b/i)
      expect(mail.html).not.toMatch(/url\(\s*['"]?https?:/i)
      expect(attempts).toEqual([])
    })
  }

  it("order confirmation: lines, totals and addresses, with text escaped", async () => {
    const mail = await renderEmail("order-confirmation", examples["order-confirmation"], brand)
    expect(mail.subject).toBe("Your Medusa Shop order #42")
    expect(mail.text).toContain("Waxy Potatoes (2 kg)")
    expect(mail.text).toContain("2 × €2.79")
    expect(mail.text).toContain("€5.58")
    expect(mail.text).toContain("€21.38")
    expect(mail.text).toContain("Königstraße 12")
    expect(mail.text).toContain("INV-2026-000042")
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).toContain("&lt;script&gt;")
  })

  it("refuses props that do not fit the template, and unknown templates", async () => {
    await expect(renderEmail("shipment", { carrier: "DHL" }, brand)).rejects.toThrow(/order_display_id/)
    await expect(renderEmail("password-reset", { email: "x@example.com", token: "t", reset_url: "javascript:alert(1)" }, brand)).rejects.toThrow(
      /reset_url/
    )
    await expect(renderEmail("nope", {}, brand)).rejects.toThrow(/Unknown email template "nope"/)
  })
})
