import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
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

/**
 * The next number of a series and year, as a CTE `next_number (sequence,
 * number)` to prefix an insert with (parameters: nextNumberParams). The number
 * is formatted as formatDocumentNumber does (6 digits, more when needed); the
 * tables' check constraints hold the format too.
 */
const NEXT_NUMBER = `with counter as (
    insert into "invoice_counter" ("id", "series", "year", "last_value", "created_at", "updated_at")
    values (?, ?, ?, 1, now(), now())
    on conflict ("series", "year") do update
      set "last_value" = "invoice_counter"."last_value" + 1, "updated_at" = now()
    returning "series", "year", "last_value"
  ),
  next_number as (
    select c."last_value" as "sequence",
           c."series" || '-' || c."year"::text || '-' || lpad(c."last_value"::text, greatest(6, length(c."last_value"::text)), '0') as "number"
      from counter c
  )`

function nextNumberParams(series: DocumentSeries, year: number): (string | number)[] {
  return [generateEntityId(undefined, "invcnt"), series, year]
}

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/** The invoice an order already has. */
export type ExistingInvoice = { id: string; number: string; snapshot: InvoiceSnapshot }

class InvoiceModuleService extends MedusaService({ Invoice, CreditNote, InvoiceCounter, InvoiceSettings }) {
  protected readonly knex_: Knex

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
  }

  // Issuing runs on every placed order. Number and insert are ONE statement
  // (NEXT_NUMBER's counter upsert feeding the insert): a statement is atomic,
  // so a failed insert (e.g. a second invoice for the order: unique order_id)
  // rolls the counter back with it and no number is lost, and the upsert holds
  // the counter row's lock until the statement commits, so concurrent issues
  // get consecutive numbers. One round trip instead of a four-statement
  // transaction through the ORM.

  /** Issues an invoice: number and insert in one statement. */
  async issueInvoice(input: IssueInvoiceInput): Promise<IssuedDocument> {
    const id = generateEntityId(undefined, "inv")
    const { rows } = await this.knex_.raw<{ rows: { number: string; sequence: number }[] }>(
      `${NEXT_NUMBER}
       insert into "invoice" ("id", "number", "year", "sequence", "order_id", "customer_id", "currency_code", "total",
         "issued_at", "snapshot", "created_at", "updated_at")
       select ?, n."number", ?, n."sequence", ?, ?, ?, ?, ?, ?::jsonb, now(), now() from next_number n
       returning "number", "sequence"`,
      [
        ...nextNumberParams("INV", input.year),
        id,
        input.year,
        input.order_id,
        input.customer_id,
        input.snapshot.currency_code,
        input.snapshot.totals.gross,
        input.issued_at,
        JSON.stringify(input.snapshot),
      ]
    )
    return { id, number: rows[0].number, year: input.year, sequence: Number(rows[0].sequence) }
  }

  /** Issues a credit note for one refund: number and insert in one statement. */
  async issueCreditNote(input: IssueCreditNoteInput): Promise<IssuedDocument> {
    const id = generateEntityId(undefined, "crn")
    const { rows } = await this.knex_.raw<{ rows: { number: string; sequence: number }[] }>(
      `${NEXT_NUMBER}
       insert into "credit_note" ("id", "number", "year", "sequence", "invoice_id", "order_id", "customer_id", "refund_id",
         "currency_code", "total", "issued_at", "snapshot", "created_at", "updated_at")
       select ?, n."number", ?, n."sequence", ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now(), now() from next_number n
       returning "number", "sequence"`,
      [
        ...nextNumberParams("CN", input.year),
        id,
        input.year,
        input.invoice_id,
        input.order_id,
        input.customer_id,
        input.refund_id,
        input.snapshot.currency_code,
        input.snapshot.totals.gross,
        input.issued_at,
        JSON.stringify(input.snapshot),
      ]
    )
    return { id, number: rows[0].number, year: input.year, sequence: Number(rows[0].sequence) }
  }

  /** The order's invoice with its snapshot, or null. */
  async findInvoiceOfOrder(orderId: string): Promise<ExistingInvoice | null> {
    const { rows } = await this.knex_.raw<{ rows: ExistingInvoice[] }>(
      `select "id", "number", "snapshot" from "invoice" where "order_id" = ? and "deleted_at" is null`,
      [orderId]
    )
    return rows[0] ?? null
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
