import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { issueInvoiceForOrder } from "../../lib/issue-invoice"
import type { OrderForInvoice } from "../../lib/order-snapshot"
import type { SellerSettings } from "../../lib/settings"
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
    const issued = await issueInvoiceForOrder(service, input.order, input.settings)
    return new StepResponse<CreatedInvoice, string | null>(
      { id: issued.id, number: issued.number, order_id: issued.order_id, created: issued.created },
      issued.created ? issued.id : null
    )
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await service.withdrawDocument("INV", invoiceId)
  }
)
