import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { calendarDate } from "./dates"

/** Medusa's system provider: "pay on invoice" (bank transfer after delivery). */
export const PAY_ON_INVOICE_PROVIDER = "pp_system_default"

/** Days a pay-on-invoice customer has to pay, from the invoice date (INVOICE_PAYMENT_TERM_DAYS, default 14). */
export function paymentTermDays(): number {
  const days = Number(process.env.INVOICE_PAYMENT_TERM_DAYS || 14)
  return Number.isInteger(days) && days > 0 && days <= 365 ? days : 14
}

/** What the invoice's payment block says: what really happened to the money. */
export type PaymentBlock =
  /** Captured: "Paid by Visa •••• 4242 on 06.12.2026". */
  | { kind: "paid"; method: string; paid_on: string }
  /** Authorised, not yet charged; `on_shipment` when the charge follows the shipment. */
  | { kind: "authorised"; method: string; on_shipment: boolean }
  /** The authorisation was voided (order canceled before capture): nothing was charged. */
  | { kind: "voided"; method: string }
  /** Pay on invoice, not yet received: the bank details and the due date are printed. */
  | { kind: "pay_on_invoice"; due_date: string }
  /** The order has no payment the block can speak of. */
  | { kind: "none" }

/**
 * What an invoice PDF says that moves on after the invoice is issued: the
 * payment and the supply date. Read from the order each time the PDF is
 * drawn; the amounts stay those of the immutable snapshot.
 */
export type DocumentFacts = {
  payment: PaymentBlock
  /** "YYYY-MM-DD" of the order's first shipment (invoicing time zone); null until one is shipped. */
  shipped_on: string | null
}

type FactsPayment = {
  provider_id: string
  data?: Record<string, unknown> | null
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  created_at?: string | Date | null
}
type FactsOrder = {
  fulfillments?: { shipped_at?: string | Date | null; canceled_at?: string | Date | null }[] | null
  payment_collections?: { payments?: FactsPayment[] | null }[] | null
}

const BRANDS: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
}

/** "Visa •••• 4242" from the card processor's record; "card" when it names none. */
export function paymentMethodLabel(payment: Pick<FactsPayment, "provider_id" | "data">): string {
  if (payment.provider_id === PAY_ON_INVOICE_PROVIDER) return "bank transfer"
  const card = payment.data?.card as { brand?: unknown; last4?: unknown } | undefined
  const brand = typeof card?.brand === "string" ? BRANDS[card.brand] ?? "Card" : "Card"
  return typeof card?.last4 === "string" && /^\d{4}$/.test(card.last4) ? `${brand} •••• ${card.last4}` : brand
}

function addDays(isoDate: string, days: number): string {
  const at = new Date(`${isoDate}T12:00:00Z`)
  at.setUTCDate(at.getUTCDate() + days)
  return at.toISOString().slice(0, 10)
}

/** The payment block of an order's invoice issued on `issueDate` ("YYYY-MM-DD"). */
export function paymentBlock(order: FactsOrder, issueDate: string): PaymentBlock {
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const captured = payments.find((p) => p.captured_at)
  if (captured) {
    return { kind: "paid", method: paymentMethodLabel(captured), paid_on: calendarDate(new Date(captured.captured_at as string | Date)) }
  }
  const open = payments.find((p) => !p.canceled_at)
  if (open) {
    if (open.provider_id === PAY_ON_INVOICE_PROVIDER) {
      return { kind: "pay_on_invoice", due_date: addDays(issueDate, paymentTermDays()) }
    }
    return { kind: "authorised", method: paymentMethodLabel(open), on_shipment: open.data?.capture_method === "on_shipment" }
  }
  const voided = payments[0]
  return voided ? { kind: "voided", method: paymentMethodLabel(voided) } : { kind: "none" }
}

/** The first shipment's day, or null. */
export function shippedOn(order: FactsOrder): string | null {
  const times = (order.fulfillments ?? [])
    .filter((f) => f.shipped_at && !f.canceled_at)
    .map((f) => new Date(f.shipped_at as string | Date).getTime())
    .sort((a, b) => a - b)
  return times.length ? calendarDate(new Date(times[0])) : null
}

/** Reads the payment and the shipments of one order through Query. */
export async function readDocumentFacts(container: MedusaContainer, orderId: string, issueDate: string): Promise<DocumentFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = (data[0] ?? {}) as FactsOrder
  return { payment: paymentBlock(order, issueDate), shipped_on: shippedOn(order) }
}
