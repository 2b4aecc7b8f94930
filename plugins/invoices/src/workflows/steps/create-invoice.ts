import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calendarDate, calendarYear } from "../../lib/dates"
import type { OrderForInvoice } from "../../lib/order-snapshot"
import { buildInvoiceSnapshot } from "../../lib/order-snapshot"
import type { SellerSettings } from "../../lib/settings"
import { sellerSnapshot } from "../../lib/settings"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

export type CreatedInvoice = { id: string; number: string; order_id: string; created: boolean }

/**
 * Snapshots the order and issues the invoice (number + insert in one
 * transaction). An order that already has its invoice gets that one back,
 * which makes a redelivered order.placed event harmless.
 */
export const createInvoiceStep = createStep(
  "create-invoice",
  async (input: { order: OrderForInvoice; settings: SellerSettings }, { container }) => {
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const existing = async () => {
      const [found] = await service.listInvoices({ order_id: input.order.id }, { select: ["id", "number"] })
      return found
        ? new StepResponse<CreatedInvoice, string | null>({ id: found.id, number: found.number, order_id: input.order.id, created: false }, null)
        : null
    }
    const before = await existing()
    if (before) return before

    const issuedAt = new Date()
    const snapshot = buildInvoiceSnapshot(input.order, sellerSnapshot(input.settings), {
      issue_date: calendarDate(issuedAt),
      delivery_date: calendarDate(new Date(input.order.created_at)),
    })
    try {
      const issued = await service.issueInvoice({
        order_id: input.order.id,
        customer_id: input.order.customer_id ?? null,
        issued_at: issuedAt,
        year: calendarYear(issuedAt),
        snapshot,
      })
      return new StepResponse<CreatedInvoice, string | null>(
        { id: issued.id, number: issued.number, order_id: input.order.id, created: true },
        issued.id
      )
    } catch (error) {
      // Issued concurrently for the same order: the unique order_id rolled this
      // transaction (and its number) back; the other one stands.
      const raced = await existing()
      if (raced) return raced
      throw error
    }
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await service.withdrawDocument("INV", invoiceId)
  }
)
