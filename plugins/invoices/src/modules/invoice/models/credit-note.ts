import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

/**
 * A credit note (CN-<year>-<6 digits>) issued for one refund, referring to
 * the invoice it corrects, with the refunded lines or amount per tax rate.
 */
export const CreditNote = model
  .define("credit_note", {
    id: model.id({ prefix: "crn" }).primaryKey(),
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    /** The Medusa refund this note documents: one note per refund. */
    refund_id: model.text(),
    currency_code: model.text(),
    /** Credited gross amount in minor units. */
    total: model.number(),
    issued_at: model.dateTime(),
    snapshot: model.json(),
    invoice: model.belongsTo(() => Invoice, { mappedBy: "credit_notes" }),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["year", "sequence"], unique: true },
    { on: ["refund_id"], unique: true },
    { on: ["order_id"] },
  ])
