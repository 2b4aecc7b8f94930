import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoicePdf } from "../../../../../lib/documents"
import { sendPdf } from "../../../../../lib/send-pdf"

/** GET /admin/invoices/:id/pdf */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const doc = await invoicePdf(req.scope, req.params.id)
  sendPdf(res, doc.filename, doc.pdf)
}
