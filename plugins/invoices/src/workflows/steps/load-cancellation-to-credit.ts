import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "@shop/notifications/lib/money"
import { cancellationReference } from "../../lib/cancellation"
import type { InvoiceSnapshot } from "../../lib/document-types"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import type { RefundsToCredit } from "./load-refunds-to-credit"

type CanceledOrder = {
  id: string
  status: string
  customer_id?: string | null
  currency_code: string
  payment_collections?: {
    payments?: {
      id: string
      refunds?: { id: string; raw_amount?: BigNumberInput; amount?: BigNumberInput; note?: string | null; created_at?: string | Date }[] | null
    }[] | null
  }[] | null
}

export type CancellationToCredit = RefundsToCredit & { refunded: number }

/**
 * What the cancellation of an invoiced order credits (read only): every
 * refund without a credit note yet (Medusa's cancel refunds a captured
 * payment), then whatever of the invoice is still uncredited (a voided
 * authorization, an unpaid invoice) under the order's cancellation reference,
 * so the invoice ends fully credited and nothing is outstanding.
 */
export const loadCancellationToCreditStep = createStep(
  "load-cancellation-to-credit",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "customer_id",
        "currency_code",
        "payment_collections.payments.id",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.note",
        "payment_collections.payments.refunds.created_at",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as CanceledOrder | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    const empty: CancellationToCredit = { invoice: null, order_id: order.id, customer_id: null, already_credited: 0, refunds: [], refunded: 0 }
    if (order.status !== "canceled") return new StepResponse(empty)

    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const [invoice] = await service.listInvoices({ order_id: order.id }, { select: ["id", "number", "snapshot"] })
    if (!invoice) return new StepResponse(empty)
    const snapshot = invoice.snapshot as InvoiceSnapshot
    const notes = await service.listCreditNotes({ invoice_id: invoice.id }, { select: ["id", "refund_id", "total"] })
    const credited = new Set(notes.map((n) => n.refund_id))
    const alreadyCredited = notes.reduce((sum, n) => sum + Number(n.total), 0)

    const refunds = (order.payment_collections ?? [])
      .flatMap((pc) => pc.payments ?? [])
      .flatMap((p) => p.refunds ?? [])
      .filter((r) => !credited.has(r.id))
      .sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id))
      .map((r) => ({ id: r.id, amount: toMinorUnits(r.raw_amount ?? r.amount ?? 0, order.currency_code), reason: r.note || "Order canceled" }))
      .filter((r) => r.amount > 0)
    const refunded = refunds.reduce((sum, r) => sum + r.amount, 0)
    const remainder = snapshot.totals.gross - alreadyCredited - refunded
    const reference = cancellationReference(order.id)
    if (remainder > 0 && !credited.has(reference)) {
      refunds.push({ id: reference, amount: remainder, reason: "Order canceled" })
    }
    return new StepResponse<CancellationToCredit>({
      invoice: { id: invoice.id, number: invoice.number, snapshot },
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      already_credited: alreadyCredited,
      refunds,
      refunded,
    })
  }
)
