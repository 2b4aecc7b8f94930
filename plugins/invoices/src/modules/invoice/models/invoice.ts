import { model } from "@medusajs/framework/utils"
import { CreditNote } from "./credit-note"

/**
 * An issued invoice: its number (INV-<year>-<6 digits>, gap-free per year)
 * and an immutable snapshot of seller, buyer, lines and totals at issue time.
 * The PDF is rendered from the snapshot, so it never changes afterwards.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    /** Gross total in minor units. */
    total: model.number(),
    issued_at: model.dateTime(),
    snapshot: model.json(),
    credit_notes: model.hasMany(() => CreditNote, { mappedBy: "invoice" }),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["year", "sequence"], unique: true },
    { on: ["order_id"], unique: true },
    { on: ["customer_id"] },
  ])
