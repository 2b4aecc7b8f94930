import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownedOrderId } from "../../../../../lib/store-access"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"

/** GET /store/orders/:id/credit-notes — the order's credit notes (owner only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const orderId = await ownedOrderId(req)
  const service: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const notes = await service.listCreditNotes(
    { order_id: orderId },
    { select: ["id", "number", "issued_at", "total", "currency_code"], order: { sequence: "ASC" } }
  )
  res.json({
    credit_notes: notes.map((n) => ({
      id: n.id,
      number: n.number,
      issued_at: n.issued_at,
      total: n.total,
      currency_code: n.currency_code,
      download_url: `/store/orders/${orderId}/credit-notes/${n.id}`,
    })),
  })
}
