import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "@shop/notifications/lib/money"
import type { InvoiceSnapshot } from "../../lib/document-types"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

type PaymentQuery = {
  id: string
  currency_code: string
  refunds?: {
    id: string
    raw_amount?: BigNumberInput
    amount?: BigNumberInput
    note?: string | null
    created_at?: string | Date
    refund_reason?: { label?: string | null } | null
  }[] | null
  payment_collection?: { order?: { id: string; customer_id?: string | null } | null } | null
}

export type RefundsToCredit = {
  invoice: { id: string; number: string; snapshot: InvoiceSnapshot } | null
  order_id: string | null
  customer_id: string | null
  already_credited: number
  refunds: { id: string; amount: number; reason: string | null }[]
}

/** The payment's refunds that have no credit note yet, with the invoice they correct (read only). */
export const loadRefundsToCreditStep = createStep(
  "load-refunds-to-credit",
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "refunds.id",
        "refunds.amount",
        "refunds.note",
        "refunds.created_at",
        "refunds.refund_reason.label",
        "payment_collection.order.id",
        "payment_collection.order.customer_id",
      ],
      filters: { id: input.payment_id },
    })
    const payment = data[0] as PaymentQuery | undefined
    if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${input.payment_id} was not found`)
    const order = payment.payment_collection?.order
    const empty: RefundsToCredit = { invoice: null, order_id: null, customer_id: null, already_credited: 0, refunds: [] }
    if (!order) return new StepResponse(empty)

    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const [invoice] = await service.listInvoices({ order_id: order.id }, { select: ["id", "number", "snapshot"] })
    if (!invoice) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order.id} has no invoice to credit`)
    }
    const notes = await service.listCreditNotes({ invoice_id: invoice.id }, { select: ["id", "refund_id", "total"] })
    const credited = new Set(notes.map((n) => n.refund_id))
    const refunds = (payment.refunds ?? [])
      .filter((r) => !credited.has(r.id))
      .sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        amount: toMinorUnits(r.raw_amount ?? r.amount ?? 0, payment.currency_code),
        reason: [r.refund_reason?.label, r.note].filter(Boolean).join(": ") || null,
      }))
      .filter((r) => r.amount > 0)
    return new StepResponse<RefundsToCredit>({
      invoice: { id: invoice.id, number: invoice.number, snapshot: invoice.snapshot as InvoiceSnapshot },
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      already_credited: notes.reduce((sum, n) => sum + Number(n.total), 0),
      refunds,
    })
  }
)
