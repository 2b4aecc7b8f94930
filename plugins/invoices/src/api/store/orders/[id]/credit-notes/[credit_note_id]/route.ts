import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { creditNotePdf } from "../../../../../../lib/documents"
import { sendPdf } from "../../../../../../lib/send-pdf"
import { ownedOrderId } from "../../../../../../lib/store-access"
import { INVOICE_MODULE } from "../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../modules/invoice/service"

/** GET /store/orders/:id/credit-notes/:credit_note_id — a credit note PDF (owner only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const orderId = await ownedOrderId(req)
  const service: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [note] = await service.listCreditNotes({ id: req.params.credit_note_id, order_id: orderId }, { select: ["id"] })
  if (!note) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  const doc = await creditNotePdf(req.scope, note.id)
  sendPdf(res, doc.filename, doc.pdf)
}
