/**
 * The snapshot an invoice or credit note keeps: everything its PDF shows,
 * frozen at issue time. Money is in integer minor units of `currency_code`.
 */
export type SellerSnapshot = {
  company_name: string
  address_lines: string[]
  /** Null when the seller has only a tax number (e.g. a small business). */
  vat_id: string | null
  tax_number: string | null
  iban: string
  bic: string | null
  bank_name: string | null
  email: string
  footer_note: string | null
}

export type BuyerSnapshot = {
  name: string
  company: string | null
  address_lines: string[]
  email: string | null
}

export type DocumentLine = {
  description: string
  /** Variant or SKU detail under the description. */
  detail: string | null
  quantity: number
  /** Net unit price before discounts. */
  unit_price: number
  /** Percent, e.g. 19 or 25.5. */
  tax_rate: number
  discount: number
  net: number
  tax: number
  gross: number
}

export type TaxBreakdown = { tax_rate: number; net: number; tax: number; gross: number }

export type DocumentTotals = { net: number; tax: number; gross: number; discount: number }

export type InvoiceSnapshot = {
  version: 1
  currency_code: string
  issue_date: string
  /** Date of supply (Leistungsdatum): the day the order was placed. */
  delivery_date: string
  seller: SellerSnapshot
  buyer: BuyerSnapshot
  shipping_address_lines: string[]
  order: { id: string; display_id: string; placed_at: string }
  lines: DocumentLine[]
  shipping: DocumentLine[]
  totals: DocumentTotals
  tax_breakdown: TaxBreakdown[]
  payment_status: string
}

export type CreditNoteSnapshot = Omit<InvoiceSnapshot, "payment_status"> & {
  invoice_number: string
  invoice_date: string
  refund: { id: string; amount: number; reason: string | null }
  /** "lines": the invoice's lines credited in full; "amount": a partial refund split per tax rate. */
  mode: "lines" | "amount"
}
