import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { CreditNoteSnapshot, InvoiceSnapshot } from "../../lib/document-types"
import { CreditNote } from "./models/credit-note"
import { Invoice } from "./models/invoice"
import { InvoiceCounter } from "./models/invoice-counter"
import { InvoiceSettings } from "./models/invoice-settings"

export type DocumentSeries = "INV" | "CN"

export type IssueInvoiceInput = {
  order_id: string
  customer_id: string | null
  issued_at: Date
  /** The year the number belongs to (the issue date's year in the invoicing time zone). */
  year: number
  snapshot: InvoiceSnapshot
}

export type IssueCreditNoteInput = {
  invoice_id: string
  order_id: string
  customer_id: string | null
  refund_id: string
  issued_at: Date
  year: number
  snapshot: CreditNoteSnapshot
}

export type IssuedDocument = { id: string; number: string; year: number; sequence: number }

export function formatDocumentNumber(series: DocumentSeries, year: number, sequence: number): string {
  return `${series}-${year}-${String(sequence).padStart(6, "0")}`
}

type TxContext = Context<SqlEntityManager>

class InvoiceModuleService extends MedusaService({ Invoice, CreditNote, InvoiceCounter, InvoiceSettings }) {
  /**
   * Takes the next number of a series and year. Runs inside the caller's
   * transaction: the counter row stays locked until it commits, and a rollback
   * returns the number, so numbers are consecutive and never skipped.
   */
  @InjectTransactionManager()
  protected async nextSequence_(series: DocumentSeries, year: number, @MedusaContext() sharedContext: TxContext = {}): Promise<number> {
    const rows: { last_value: number }[] = await sharedContext.transactionManager!.execute(
      `insert into "invoice_counter" ("id", "series", "year", "last_value", "created_at", "updated_at")
       values (?, ?, ?, 1, now(), now())
       on conflict ("series", "year") do update
         set "last_value" = "invoice_counter"."last_value" + 1, "updated_at" = now()
       returning "last_value"`,
      [generateEntityId(undefined, "invcnt"), series, year]
    )
    return Number(rows[0].last_value)
  }

  /** Issues an invoice: number and insert in one transaction. */
  @InjectTransactionManager()
  async issueInvoice(input: IssueInvoiceInput, @MedusaContext() sharedContext: TxContext = {}): Promise<IssuedDocument> {
    const sequence = await this.nextSequence_("INV", input.year, sharedContext)
    const number = formatDocumentNumber("INV", input.year, sequence)
    const created = await this.createInvoices(
      {
        number,
        year: input.year,
        sequence,
        order_id: input.order_id,
        customer_id: input.customer_id,
        currency_code: input.snapshot.currency_code,
        total: input.snapshot.totals.gross,
        issued_at: input.issued_at,
        snapshot: input.snapshot,
      },
      sharedContext
    )
    return { id: created.id, number, year: input.year, sequence }
  }

  /** Issues a credit note for one refund: number and insert in one transaction. */
  @InjectTransactionManager()
  async issueCreditNote(input: IssueCreditNoteInput, @MedusaContext() sharedContext: TxContext = {}): Promise<IssuedDocument> {
    const sequence = await this.nextSequence_("CN", input.year, sharedContext)
    const number = formatDocumentNumber("CN", input.year, sequence)
    const created = await this.createCreditNotes(
      {
        number,
        year: input.year,
        sequence,
        invoice_id: input.invoice_id,
        order_id: input.order_id,
        customer_id: input.customer_id,
        refund_id: input.refund_id,
        currency_code: input.snapshot.currency_code,
        total: input.snapshot.totals.gross,
        issued_at: input.issued_at,
        snapshot: input.snapshot,
      },
      sharedContext
    )
    return { id: created.id, number, year: input.year, sequence }
  }

  /**
   * Undoes an issue (workflow compensation). Only the latest number of its
   * series and year can be taken back without leaving a gap; an earlier one
   * stays, and the refusal is reported.
   */
  @InjectTransactionManager()
  async withdrawDocument(
    series: DocumentSeries,
    id: string,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const table = series === "INV" ? "invoice" : "credit_note"
    const docs: { year: number; sequence: number }[] = await manager.execute(
      `select "year", "sequence" from "${table}" where "id" = ? and "deleted_at" is null`,
      [id]
    )
    if (!docs.length) return
    const { year, sequence } = docs[0]
    const counters: { last_value: number }[] = await manager.execute(
      `select "last_value" from "invoice_counter" where "series" = ? and "year" = ? for update`,
      [series, year]
    )
    if (!counters.length || Number(counters[0].last_value) !== Number(sequence)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${formatDocumentNumber(series, year, sequence)} is not the latest number and cannot be withdrawn without a gap`
      )
    }
    await manager.execute(`delete from "${table}" where "id" = ?`, [id])
    await manager.execute(
      `update "invoice_counter" set "last_value" = "last_value" - 1, "updated_at" = now() where "series" = ? and "year" = ?`,
      [series, year]
    )
  }

  /** The seller settings row, or null while the defaults were never saved. */
  @InjectManager()
  async findSettings(@MedusaContext() sharedContext: Context = {}) {
    const [settings] = await this.listInvoiceSettings({}, { take: 1, order: { created_at: "ASC" } }, sharedContext)
    return settings ?? null
  }
}

export default InvoiceModuleService
