import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import { issueInvoiceWorkflow } from "../../../../../workflows/issue-invoice"
import { sendInvoiceEmailWorkflow } from "../../../../../workflows/send-invoice-email"

async function documentsOf(service: InvoiceModuleService, orderId: string) {
  const [invoice] = await service.listInvoices(
    { order_id: orderId },
    { select: ["id", "number", "issued_at", "total", "currency_code"] }
  )
  const creditNotes = await service.listCreditNotes(
    { order_id: orderId },
    { select: ["id", "number", "issued_at", "total", "currency_code", "refund_id"], order: { sequence: "ASC" } }
  )
  return {
    invoice: invoice ? { ...invoice, download_url: `/admin/invoices/${invoice.id}/pdf` } : null,
    credit_notes: creditNotes.map((n) => ({ ...n, download_url: `/admin/credit-notes/${n.id}/pdf` })),
  }
}

async function assertOrder(req: AuthenticatedMedusaRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  return data[0].id
}

/** GET /admin/orders/:id/invoices — the order's invoice and credit notes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const orderId = await assertOrder(req)
  res.json(await documentsOf(req.scope.resolve(INVOICE_MODULE), orderId))
}

/**
 * POST /admin/orders/:id/invoices — issues the invoice if the order has none
 * yet (e.g. issuing failed on order.placed) and mails it; idempotent.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const orderId = await assertOrder(req)
  const { result } = await issueInvoiceWorkflow(req.scope).run({ input: { order_id: orderId } })
  if (result.created) {
    await sendInvoiceEmailWorkflow(req.scope).run({ input: { invoice_id: result.id, resend: true } })
  }
  res.status(result.created ? 201 : 200).json(await documentsOf(req.scope.resolve(INVOICE_MODULE), orderId))
}
