import { allocate, taxFromGross } from "./arithmetic"
import type { CreditNoteSnapshot, DocumentLine, InvoiceSnapshot, SellerSnapshot } from "./document-types"
import { summarize } from "./order-snapshot"

export type RefundForCreditNote = { id: string; amount: number; reason: string | null }

/**
 * What a refund credits. A refund of the whole invoice (and nothing credited
 * before) credits its lines one by one; any other refund is split over the
 * invoice's tax rates in proportion to their gross amounts, so the VAT the
 * seller gets back is correct per rate.
 */
export function buildCreditNoteSnapshot(input: {
  invoice: { number: string; snapshot: InvoiceSnapshot }
  refund: RefundForCreditNote
  already_credited: number
  seller: SellerSnapshot
  issue_date: string
}): CreditNoteSnapshot {
  const { invoice, refund } = input
  const source = invoice.snapshot
  const full = input.already_credited === 0 && refund.amount === source.totals.gross

  let lines: DocumentLine[]
  let shipping: DocumentLine[]
  if (full) {
    lines = source.lines.map((l) => ({ ...l }))
    shipping = source.shipping.map((l) => ({ ...l }))
  } else {
    const rates = source.tax_breakdown.filter((t) => t.gross > 0)
    const parts = allocate(
      refund.amount,
      rates.map((t) => t.gross)
    )
    lines = rates
      .map((t, i) => {
        const gross = parts[i]
        const tax = taxFromGross(gross, t.tax_rate)
        return {
          description: `Refund on invoice ${invoice.number}`,
          detail: `Share of goods and shipping taxed at ${t.tax_rate}%`,
          quantity: 1,
          unit_price: gross - tax,
          tax_rate: t.tax_rate,
          discount: 0,
          net: gross - tax,
          tax,
          gross,
        }
      })
      .filter((l) => l.gross > 0)
    shipping = []
  }
  const { totals, tax_breakdown } = summarize([...lines, ...shipping])
  return {
    version: 1,
    currency_code: source.currency_code,
    issue_date: input.issue_date,
    delivery_date: source.delivery_date,
    seller: input.seller,
    buyer: source.buyer,
    shipping_address_lines: source.shipping_address_lines,
    order: source.order,
    lines,
    shipping,
    totals,
    tax_breakdown,
    invoice_number: invoice.number,
    invoice_date: source.issue_date,
    refund,
    mode: full ? "lines" : "amount",
  }
}
