import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import type { CreditNoteSnapshot, InvoiceSnapshot } from "./document-types"
import { readDocumentFacts } from "./payment-facts"
import { renderDocumentPdf } from "./pdf/render-document-pdf"
import { loadSellerSettings } from "./settings"

export type RenderedDocument = { id: string; number: string; order_id: string; filename: string; pdf: Buffer }

/** The invoice's PDF, rendered from its snapshot (the logo is the current one). */
export async function invoicePdf(container: MedusaContainer, invoiceId: string): Promise<RenderedDocument> {
  const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  const [invoice] = await service.listInvoices({ id: invoiceId }, { select: ["id", "number", "order_id", "snapshot"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${invoiceId} was not found`)
  const settings = await loadSellerSettings(container)
  const snapshot = invoice.snapshot as InvoiceSnapshot
  const pdf = await renderDocumentPdf({
    kind: "invoice",
    number: invoice.number,
    snapshot,
    logo: settings.logo,
    facts: await readDocumentFacts(container, invoice.order_id, snapshot.issue_date),
  })
  return { id: invoice.id, number: invoice.number, order_id: invoice.order_id, filename: `${invoice.number}.pdf`, pdf }
}

export async function creditNotePdf(container: MedusaContainer, creditNoteId: string): Promise<RenderedDocument> {
  const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  const [note] = await service.listCreditNotes({ id: creditNoteId }, { select: ["id", "number", "order_id", "snapshot"] })
  if (!note) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit note ${creditNoteId} was not found`)
  const settings = await loadSellerSettings(container)
  const pdf = await renderDocumentPdf({
    kind: "credit_note",
    number: note.number,
    snapshot: note.snapshot as CreditNoteSnapshot,
    logo: settings.logo,
  })
  return { id: note.id, number: note.number, order_id: note.order_id, filename: `${note.number}.pdf`, pdf }
}
