import { model } from "@medusajs/framework/utils"

/**
 * One order line of a customer's purchase history, written from order events.
 * `line_item_id` is unique, so an event handled twice records the line once.
 * Titles and thumbnail are a snapshot of the line, so the history reads well
 * after the product changed or went away.
 */
export const EngagementPurchase = model
  .define("engagement_purchase", {
    id: model.id({ prefix: "engpur" }).primaryKey(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text().nullable(),
    variant_title: model.text().nullable(),
    thumbnail: model.text().nullable(),
    quantity: model.number(),
    returned_quantity: model.number().default(0),
    purchased_at: model.dateTime(),
    canceled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["customer_id", "purchased_at"] },
    { on: ["order_id"] },
    { on: ["product_id", "purchased_at"] },
  ])
