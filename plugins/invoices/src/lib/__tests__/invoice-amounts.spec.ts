import fc from "fast-check"
import { orderConfirmationData } from "@shop/notifications/lib/order-email"
import { toMinorUnits } from "@shop/notifications/lib/money"
import { MathBN } from "@medusajs/framework/utils"
import type { InvoiceSnapshot, SellerSnapshot } from "../document-types"
import { computeInvoiceAmounts } from "../invoice-amounts"
import { buildInvoiceSnapshot } from "../order-snapshot"
import type { ItemRow, OrderRow, ShippingRow } from "../order-read"
import { orderWithTotals } from "../order-read"

/**
 * Generated orders go through the invoice's real path: a stored order row →
 * Medusa's decorateCartTotals (orderWithTotals, as readOrderForDocuments does
 * it) → buildInvoiceSnapshot → computeInvoiceAmounts. The expected figures are
 * Medusa's totals of the same order.
 */

const seller: SellerSnapshot = {
  company_name: "Medusa Shop",
  address_lines: ["Musterstraße 1", "10115 Berlin"],
  vat_id: "DE123456789",
  tax_number: null,
  iban: "DE89 3704 0044 0532 0130 00",
  bic: null,
  bank_name: null,
  email: "billing@shop.test",
  footer_note: null,
}

const raw = (value: string | number) => ({ value: String(value), precision: 20 })
/** Integer cents → an exact decimal string in euros. */
const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`

type Basket = {
  taxInclusive: boolean
  lines: { cents: number; quantity: number; rate: 7 | 19 }[]
  shipping: { cents: number; rate: 7 | 19 } | null
  /** Percent off every line, as a promotion's adjustments carry it. */
  promotion: number | null
}

function orderRow(basket: Basket): OrderRow {
  const items: ItemRow[] = basket.lines.map((l, i) => {
    const lineAmount = MathBN.mult(euros(l.cents), l.quantity)
    return {
      id: `item_${String(i).padStart(2, "0")}`,
      title: `Product ${i}`,
      product_title: `Product ${i}`,
      variant_title: null,
      variant_sku: null,
      is_tax_inclusive: basket.taxInclusive,
      unit_price: raw(euros(l.cents)),
      quantity: raw(l.quantity),
      detail: {
        fulfilled_quantity: null,
        delivered_quantity: null,
        shipped_quantity: null,
        return_requested_quantity: null,
        return_received_quantity: null,
        return_dismissed_quantity: null,
        written_off_quantity: null,
      },
      tax_lines: [{ rate: raw(l.rate) }],
      adjustments: basket.promotion
        ? [{ amount: raw(MathBN.div(MathBN.mult(lineAmount, basket.promotion), 100).toFixed()), is_tax_inclusive: basket.taxInclusive }]
        : [],
    }
  })
  const shipping: ShippingRow[] = basket.shipping
    ? [
        {
          id: "sm_01",
          name: "Standard",
          amount: raw(euros(basket.shipping.cents)),
          is_tax_inclusive: basket.taxInclusive,
          tax_lines: [{ rate: raw(basket.shipping.rate) }],
          adjustments: [],
        },
      ]
    : []
  return {
    id: "order_01",
    display_id: 1,
    created_at: new Date("2026-12-06T10:00:00Z"),
    email: "max@example.com",
    currency_code: "eur",
    customer_id: null,
    customer: null,
    shipping_address: null,
    billing_address: null,
    payment_collections: [],
    credit_lines: [],
    items,
    shipping_methods: shipping,
  }
}

const rate = fc.constantFrom<7 | 19>(7, 19)
const basket: fc.Arbitrary<Basket> = fc.record({
  taxInclusive: fc.boolean(),
  lines: fc.array(fc.record({ cents: fc.integer({ min: 1, max: 99999 }), quantity: fc.integer({ min: 1, max: 5 }), rate }), {
    minLength: 1,
    maxLength: 8,
  }),
  shipping: fc.option(fc.record({ cents: fc.integer({ min: 1, max: 2000 }), rate }), { nil: null }),
  promotion: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
})

const cents = (amount: Parameters<typeof toMinorUnits>[0]) => toMinorUnits(amount, "eur")
/** An exact Medusa amount in cents (not rounded). */
const exactCents = (amount: Parameters<typeof toMinorUnits>[0]) => MathBN.mult(amount ?? 0, 100)

function invoiceOf(row: OrderRow): { order: ReturnType<typeof orderWithTotals>; snapshot: InvoiceSnapshot } {
  const order = orderWithTotals(row)
  const snapshot = buildInvoiceSnapshot(order, seller, { issue_date: "2026-12-06", delivery_date: "2026-12-06" })
  return { order, snapshot }
}

describe("invoice amounts (property-based, Medusa's totals)", () => {
  it("for 600 random baskets, net, VAT per rate and gross match the order's totals to the cent", () => {
    fc.assert(
      fc.property(basket, (b) => {
        const { order, snapshot } = invoiceOf(orderRow(b))
        const lines = [...snapshot.lines, ...snapshot.shipping]

        // The gross is what the provider charges: Medusa's total, rounded to the cent; the VAT is Medusa's tax.
        expect(snapshot.totals.gross).toBe(cents(order.raw_total))
        expect(snapshot.totals.tax).toBe(cents(order.raw_tax_total))
        expect(snapshot.totals.net + snapshot.totals.tax).toBe(snapshot.totals.gross)

        // Per rate: net + VAT = gross, the rates add up to the totals, each within a cent of Medusa's exact sum.
        const medusaLines = [...order.items, ...order.shipping_methods]
        const rates = new Set(medusaLines.map((l) => Number(l.tax_lines?.[0]?.rate)))
        expect(snapshot.tax_breakdown.map((t) => t.tax_rate).sort()).toEqual([...rates].sort())
        for (const t of snapshot.tax_breakdown) {
          const atRate = medusaLines.filter((l) => Number(l.tax_lines?.[0]?.rate) === t.tax_rate)
          const exactTax = MathBN.sum(0, ...atRate.map((l) => exactCents(l.raw_tax_total)))
          const exactGross = MathBN.sum(0, ...atRate.map((l) => exactCents(l.raw_total)))
          expect(t.net + t.tax).toBe(t.gross)
          expect(MathBN.abs(MathBN.sub(exactTax, t.tax)).lt(1)).toBe(true)
          expect(MathBN.abs(MathBN.sub(exactGross, t.gross)).lt(1)).toBe(true)
        }
        const sum = (f: (x: { net: number; tax: number; gross: number }) => number, xs: { net: number; tax: number; gross: number }[]) =>
          xs.reduce((s, x) => s + f(x), 0)
        for (const f of [(x: { net: number }) => x.net, (x: { tax: number }) => x.tax, (x: { gross: number }) => x.gross]) {
          expect(sum(f, snapshot.tax_breakdown)).toBe(f(snapshot.totals))
          expect(sum(f, lines)).toBe(f(snapshot.totals))
        }
        // Every line: net + VAT = gross, within a cent of Medusa's line total.
        lines.forEach((l, i) => {
          expect(l.net + l.tax).toBe(l.gross)
          expect(MathBN.abs(MathBN.sub(exactCents(medusaLines[i].raw_total), l.gross)).lt(1)).toBe(true)
        })

        // The confirmation mail shows the same total and VAT as the PDF.
        const mail = orderConfirmationData(order).props.order as { total: number; tax_total: number }
        expect(mail.total).toBe(snapshot.totals.gross)
        expect(mail.tax_total).toBe(snapshot.totals.tax)
      }),
      { numRuns: 600 }
    )
  })

  it("reproduces the €76.31 order: the invoice shows the charge, not per-line rounding", () => {
    // Three lines whose 19% VAT each rounds up: per-line rounding gives one cent more than Medusa's total.
    const b: Basket = {
      taxInclusive: false,
      lines: [
        { cents: 1845, quantity: 1, rate: 19 },
        { cents: 1845, quantity: 1, rate: 19 },
        { cents: 1845, quantity: 1, rate: 19 },
      ],
      shipping: null,
      promotion: null,
    }
    const { order, snapshot } = invoiceOf(orderRow(b))
    // 3 × 18.45 × 1.19 = 65.8665 → charged €65.87, VAT 10.5165 → €10.52.
    expect(cents(order.raw_total)).toBe(6587)
    expect(snapshot.totals).toEqual({ net: 5535, tax: 1052, gross: 6587, discount: 0 })
    expect(snapshot.tax_breakdown).toEqual([{ tax_rate: 19, net: 5535, tax: 1052, gross: 6587 }])
    expect(snapshot.lines.map((l) => l.gross)).toEqual([2196, 2196, 2195])
  })

  it("splits a rounded total over parts by largest remainder", () => {
    const split = computeInvoiceAmounts({
      currency_code: "eur",
      lines: [
        { total: "1.005", tax_total: "0.005", tax_rate: 19 },
        { total: "1.005", tax_total: "0.005", tax_rate: 7 },
      ],
    })
    expect(split.totals).toEqual({ gross: 201, tax: 1, net: 200 })
    expect(split.by_rate).toEqual([
      { tax_rate: 19, gross: 101, tax: 1, net: 100 },
      { tax_rate: 7, gross: 100, tax: 0, net: 100 },
    ])
  })
})
