import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { creditNotePdf } from "../../../../../lib/documents"
import { sendPdf } from "../../../../../lib/send-pdf"

/** GET /admin/credit-notes/:id/pdf */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const doc = await creditNotePdf(req.scope, req.params.id)
  sendPdf(res, doc.filename, doc.pdf)
}
