import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { issueOrderAccessToken } from "@shop/order-tracking/lib/issue-order-access-token"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import { orderLink } from "../../../../../lib/confirm-placed-order"
import { sendInvoiceEmailWorkflow } from "../../../../../workflows/send-invoice-email"

/**
 * POST /admin/invoices/:id/resend — mails the order confirmation with the
 * invoice again. 202: the mail is recorded; a failed attempt is retried.
 *
 * The order link of the first mail carried the order's access token, which
 * exists only as a hash. The resent mail gets a freshly issued token (the
 * link of the earlier mail stops working), so a guest who lost the first
 * mail can follow the order again.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [invoice] = await service.listInvoices({ id: req.params.id }, { select: ["id", "order_id"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${req.params.id} was not found`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { id: invoice.order_id } })
  const email = (data[0] as { email?: string | null } | undefined)?.email
  const orderUrl = email ? orderLink(invoice.order_id, email, await issueOrderAccessToken(req.scope, invoice.order_id)) : null

  const { result } = await sendInvoiceEmailWorkflow(req.scope).run({
    input: { invoice_id: invoice.id, resend: true, order_url: orderUrl },
  })
  res.status(202).json({ email: result })
}
