import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildCreditNoteSnapshot } from "../../lib/credit-note-snapshot"
import { calendarDate, calendarYear } from "../../lib/dates"
import type { SellerSettings } from "../../lib/settings"
import { sellerSnapshot } from "../../lib/settings"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import type { RefundsToCredit } from "./load-refunds-to-credit"

export type CreatedCreditNote = { id: string; number: string; refund_id: string }

/** Issues one credit note per new refund, each numbered inside its own insert transaction. */
export const createCreditNotesStep = createStep(
  "create-credit-notes",
  async (input: { toCredit: RefundsToCredit; settings: SellerSettings }, { container }) => {
    const { invoice, order_id, refunds } = input.toCredit
    if (!invoice || !order_id || !refunds.length) {
      return new StepResponse<CreatedCreditNote[], string[]>([], [])
    }
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const created: CreatedCreditNote[] = []
    let alreadyCredited = input.toCredit.already_credited
    for (const refund of refunds) {
      const issuedAt = new Date()
      const snapshot = buildCreditNoteSnapshot({
        invoice,
        refund,
        already_credited: alreadyCredited,
        seller: sellerSnapshot(input.settings),
        issue_date: calendarDate(issuedAt),
      })
      try {
        const issued = await service.issueCreditNote({
          invoice_id: invoice.id,
          order_id,
          customer_id: input.toCredit.customer_id,
          refund_id: refund.id,
          issued_at: issuedAt,
          year: calendarYear(issuedAt),
          snapshot,
        })
        created.push({ id: issued.id, number: issued.number, refund_id: refund.id })
        alreadyCredited += snapshot.totals.gross
      } catch (error) {
        // The same refund credited concurrently: its unique refund_id rolled this one back.
        const [raced] = await service.listCreditNotes({ refund_id: refund.id }, { select: ["id"] })
        if (!raced) throw error
      }
    }
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    for (const id of [...createdIds].reverse()) {
      await service.withdrawDocument("CN", id)
    }
  }
)
