import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { invoicePdf } from "../../../../../lib/documents"
import { sendPdf } from "../../../../../lib/send-pdf"
import { ownedOrderId } from "../../../../../lib/store-access"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"

/** GET /store/orders/:id/invoice — the invoice PDF, for the order's owner only (everyone else: 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const orderId = await ownedOrderId(req)
  const service: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [invoice] = await service.listInvoices({ order_id: orderId }, { select: ["id"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  const doc = await invoicePdf(req.scope, invoice.id)
  sendPdf(res, doc.filename, doc.pdf)
}
