import { allocate, divRound, taxFromGross } from "../arithmetic"
import { buildCreditNoteSnapshot } from "../credit-note-snapshot"
import type { DocumentLine, InvoiceSnapshot, SellerSnapshot } from "../document-types"
import { summarize } from "../order-snapshot"

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

function line(description: string, net: number, rate: number): DocumentLine {
  const tax = divRound(net * rate, 100)
  return { description, detail: null, quantity: 1, unit_price: net, tax_rate: rate, discount: 0, net, tax, gross: net + tax }
}

function invoice(lines: DocumentLine[]): InvoiceSnapshot {
  const { totals, tax_breakdown } = summarize(lines)
  return {
    version: 1,
    currency_code: "eur",
    issue_date: "2026-11-24",
    delivery_date: "2026-11-24",
    seller,
    buyer: { name: "Max Mustermann", company: null, address_lines: [], email: null },
    shipping_address_lines: [],
    order: { id: "order_1", display_id: "1", placed_at: "2026-11-24T10:00:00.000Z" },
    lines,
    shipping: [],
    totals,
    tax_breakdown,
    payment_status: "Paid",
  }
}

describe("integer money arithmetic", () => {
  it("rounds half away from zero", () => {
    expect(divRound(5, 2)).toBe(3)
    expect(divRound(-5, 2)).toBe(-3)
    expect(divRound(4, 3)).toBe(1)
  })

  it("takes the tax out of a gross amount per rate", () => {
    expect(taxFromGross(119, 19)).toBe(19)
    expect(taxFromGross(107, 7)).toBe(7)
    expect(taxFromGross(12550, 25.5)).toBe(2550)
  })

  it("allocates an amount in proportion so the parts add up exactly", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(1000, [119, 107])).toEqual([527, 473])
    const parts = allocate(999, [3, 5, 7, 11])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(999)
  })
})

describe("credit notes", () => {
  const source = invoice([line("Bergkäse", 1000, 19), line("Brot", 500, 7)])

  it("a full refund credits the invoice's lines one by one", () => {
    const note = buildCreditNoteSnapshot({
      invoice: { number: "INV-2026-000001", snapshot: source },
      refund: { id: "ref_1", amount: source.totals.gross, reason: null },
      already_credited: 0,
      seller,
      issue_date: "2026-11-25",
    })
    expect(note.mode).toBe("lines")
    expect(note.lines.map((l) => l.description)).toEqual(["Bergkäse", "Brot"])
    expect(note.totals).toEqual(source.totals)
    expect(note.invoice_number).toBe("INV-2026-000001")
  })

  it("a partial refund is split over the tax rates, VAT correct per rate, totals exact", () => {
    const note = buildCreditNoteSnapshot({
      invoice: { number: "INV-2026-000001", snapshot: source },
      refund: { id: "ref_2", amount: 1001, reason: "damaged" },
      already_credited: 0,
      seller,
      issue_date: "2026-11-25",
    })
    expect(note.mode).toBe("amount")
    expect(note.totals.gross).toBe(1001)
    expect(note.tax_breakdown.map((t) => t.tax_rate)).toEqual([19, 7])
    for (const t of note.tax_breakdown) {
      expect(t.tax).toBe(taxFromGross(t.gross, t.tax_rate))
      expect(t.net + t.tax).toBe(t.gross)
    }
    expect(note.totals.net + note.totals.tax).toBe(1001)
  })

  it("a refund equal to the total after an earlier partial refund is still credited by amount", () => {
    const note = buildCreditNoteSnapshot({
      invoice: { number: "INV-2026-000001", snapshot: source },
      refund: { id: "ref_3", amount: source.totals.gross, reason: null },
      already_credited: 100,
      seller,
      issue_date: "2026-11-25",
    })
    expect(note.mode).toBe("amount")
  })
})
