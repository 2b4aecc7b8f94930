import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import { sendInvoiceEmailWorkflow } from "../../../../../workflows/send-invoice-email"

/**
 * POST /admin/invoices/:id/resend — mails the order confirmation with the
 * invoice again. 202: the mail is recorded; a failed attempt is retried.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [invoice] = await service.listInvoices({ id: req.params.id }, { select: ["id"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${req.params.id} was not found`)
  const { result } = await sendInvoiceEmailWorkflow(req.scope).run({ input: { invoice_id: invoice.id, resend: true } })
  res.status(202).json({ email: result })
}
