import type { BigNumberInput, IBigNumber } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMinorUnits } from "@shop/notifications/lib/money"
import type { BuyerSnapshot, DocumentLine, DocumentTotals, InvoiceSnapshot, SellerSnapshot, TaxBreakdown } from "./document-types"
import { computeInvoiceAmounts } from "./invoice-amounts"

type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
} | null | undefined

// Query gives rates as numbers; the raw reader (order-read.ts) as Medusa BigNumbers (Number() works on both).
type TaxLine = { rate?: number | string | IBigNumber | null }

type Priced = {
  raw_unit_price?: BigNumberInput
  unit_price?: BigNumberInput
  raw_amount?: BigNumberInput
  amount?: BigNumberInput
  raw_total?: BigNumberInput
  total?: BigNumberInput
  raw_tax_total?: BigNumberInput
  tax_total?: BigNumberInput
  raw_discount_subtotal?: BigNumberInput
  discount_subtotal?: BigNumberInput
  raw_discount_total?: BigNumberInput
  discount_total?: BigNumberInput
  raw_subtotal?: BigNumberInput
  subtotal?: BigNumberInput
  tax_lines?: TaxLine[] | null
}

export type OrderForInvoice = {
  id: string
  display_id: number | string
  created_at: string | Date
  email?: string | null
  currency_code: string
  customer_id?: string | null
  customer?: { first_name?: string | null; last_name?: string | null; company_name?: string | null } | null
  items?: (Priced & {
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    quantity: BigNumberInput
  })[] | null
  shipping_methods?: (Priced & { name?: string | null })[] | null
  shipping_address?: Address
  billing_address?: Address
  payment_collections?: { status?: string | null }[] | null
  /** Medusa's order total (what the provider charges, rounded to the minor unit) and tax total. */
  raw_total?: BigNumberInput
  total?: BigNumberInput
  raw_tax_total?: BigNumberInput
  tax_total?: BigNumberInput
}

/** The order fields an invoice needs (Query). */
export const ORDER_INVOICE_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "customer_id",
  // A top-level total makes the order module compute every total, items' included.
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.tax_total",
  "items.discount_subtotal",
  "items.discount_total",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_methods.tax_total",
  "shipping_methods.discount_subtotal",
  "shipping_methods.discount_total",
  "shipping_methods.tax_lines.rate",
  "shipping_address.*",
  "billing_address.*",
  "payment_collections.status",
]

export function addressLines(address: Address): string[] {
  if (!address) return []
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [name, address.company, address.address_1, address.address_2, city, address.province, countryName(address.country_code)]
    .map((l) => (l ?? "").trim())
    .filter(Boolean)
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

function countryName(code: string | null | undefined): string | null {
  if (!code) return null
  try {
    return regionNames.of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

function taxRate(lines: TaxLine[] | null | undefined): number {
  // Several tax lines on one item add up (e.g. a federal and a state rate).
  const bp = (lines ?? []).reduce((sum, l) => sum + Math.round(Number(l.rate ?? 0) * 100), 0)
  return bp / 100
}

/** A line before its amounts are rounded: what it shows plus Medusa's exact totals. */
type PendingLine = { description: string; detail: string | null; quantity: number; priced: Priced }

/**
 * The document lines with Medusa's totals in minor units: gross, VAT and net
 * come from computeInvoiceAmounts (one rounding for the whole order, handed
 * down per rate and line), so they add up to the order's total and tax total.
 */
function documentLines(order: OrderForInvoice, pending: PendingLine[]): DocumentLine[] {
  const currency = order.currency_code
  const minor = (v: BigNumberInput | undefined) => toMinorUnits(v ?? 0, currency)
  const amounts = computeInvoiceAmounts({
    currency_code: currency,
    lines: pending.map(({ priced }) => ({
      total: priced.raw_total ?? priced.total ?? 0,
      tax_total: priced.raw_tax_total ?? priced.tax_total ?? 0,
      tax_rate: taxRate(priced.tax_lines),
    })),
    total: order.raw_total ?? order.total,
    tax_total: order.raw_tax_total ?? order.tax_total,
  })
  return pending.map(({ description, detail, quantity, priced }, i) => {
    // Net before discounts (Medusa's subtotal, tax taken out of a gross price), per unit.
    const subtotal = priced.raw_subtotal ?? priced.subtotal
    const unitNet =
      subtotal !== undefined && quantity > 0
        ? MathBN.div(subtotal, quantity)
        : priced.raw_unit_price ?? priced.unit_price ?? priced.raw_amount ?? priced.amount
    return {
      description,
      detail,
      quantity,
      unit_price: minor(unitNet),
      tax_rate: taxRate(priced.tax_lines),
      discount: minor(priced.raw_discount_subtotal ?? priced.discount_subtotal ?? priced.raw_discount_total ?? priced.discount_total),
      ...amounts.lines[i],
    }
  })
}

export function summarize(lines: DocumentLine[]): { totals: DocumentTotals; tax_breakdown: TaxBreakdown[] } {
  const byRate = new Map<number, TaxBreakdown>()
  const totals: DocumentTotals = { net: 0, tax: 0, gross: 0, discount: 0 }
  for (const l of lines) {
    totals.net += l.net
    totals.tax += l.tax
    totals.gross += l.gross
    totals.discount += l.discount
    const entry = byRate.get(l.tax_rate) ?? { tax_rate: l.tax_rate, net: 0, tax: 0, gross: 0 }
    entry.net += l.net
    entry.tax += l.tax
    entry.gross += l.gross
    byRate.set(l.tax_rate, entry)
  }
  return { totals, tax_breakdown: [...byRate.values()].sort((a, b) => b.tax_rate - a.tax_rate) }
}

/** A variant title worth printing: not empty, not "Default", not the product's own title again. */
export function meaningfulVariant(variant: string | null | undefined, product: string): string | null {
  const v = variant?.trim()
  if (!v || /^default( variant)?$/i.test(v) || v.toLowerCase() === product.trim().toLowerCase()) return null
  return v
}

export function paymentStatusLabel(order: OrderForInvoice): string {
  const statuses = (order.payment_collections ?? []).map((p) => p.status ?? "")
  if (statuses.includes("completed")) return "paid"
  if (statuses.includes("partially_captured")) return "partially paid"
  if (statuses.includes("authorized") || statuses.includes("partially_authorized")) {
    return "authorised, collected when the order ships"
  }
  return "awaiting payment"
}

export function buyerSnapshot(order: OrderForInvoice): BuyerSnapshot {
  const address = order.billing_address ?? order.shipping_address
  const name =
    [address?.first_name, address?.last_name].filter(Boolean).join(" ") ||
    [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ") ||
    order.email ||
    "Customer"
  const lines = addressLines(address)
  // The name heads the block; the address lines follow without repeating it.
  const rest = lines[0] === name ? lines.slice(1) : lines
  return {
    name,
    company: address?.company || order.customer?.company_name || null,
    address_lines: rest.filter((l) => l !== (address?.company || "")),
    email: order.email ?? null,
  }
}

/** The immutable invoice snapshot of an order (money in minor units). */
export function buildInvoiceSnapshot(
  order: OrderForInvoice,
  seller: SellerSnapshot,
  dates: { issue_date: string; delivery_date: string }
): InvoiceSnapshot {
  const currency = order.currency_code
  const items: PendingLine[] = (order.items ?? []).map((item) => {
    const description = item.product_title || item.title || "Item"
    const detail = [meaningfulVariant(item.variant_title, description), item.variant_sku ? `SKU ${item.variant_sku}` : null]
      .filter(Boolean)
      .join(" · ")
    return { description, detail: detail || null, quantity: Number(item.quantity), priced: item }
  })
  const methods: PendingLine[] = (order.shipping_methods ?? []).map((m) => ({
    description: `Shipping: ${m.name || "delivery"}`,
    detail: null,
    quantity: 1,
    priced: m,
  }))
  const all = documentLines(order, [...items, ...methods])
  const lines = all.slice(0, items.length)
  const shipping = all.slice(items.length)
  const { totals, tax_breakdown } = summarize(all)
  return {
    version: 1,
    currency_code: currency,
    issue_date: dates.issue_date,
    delivery_date: dates.delivery_date,
    seller,
    buyer: buyerSnapshot(order),
    shipping_address_lines: addressLines(order.shipping_address),
    order: { id: order.id, display_id: String(order.display_id), placed_at: new Date(order.created_at).toISOString() },
    lines,
    shipping,
    totals,
    tax_breakdown,
    payment_status: paymentStatusLabel(order),
  }
}
