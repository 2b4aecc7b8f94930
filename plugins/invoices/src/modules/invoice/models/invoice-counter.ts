import { model } from "@medusajs/framework/utils"

/**
 * The last number handed out per series ("INV", "CN") and year. It is
 * incremented in the same transaction that inserts the document, so a failed
 * insert rolls the number back: no gaps, no duplicates.
 */
export const InvoiceCounter = model
  .define("invoice_counter", {
    id: model.id({ prefix: "invcnt" }).primaryKey(),
    series: model.text(),
    year: model.number(),
    last_value: model.number(),
  })
  .indexes([{ on: ["series", "year"], unique: true }])
