import { model } from "@medusajs/framework/utils"

/** The "how was your order?" email of one order: recorded before sending, so it goes out once. */
export const ReviewRequest = model.define("review_request", {
  id: model.id({ prefix: "revreq" }).primaryKey(),
  order_id: model.text().unique(),
  customer_id: model.text().nullable(),
  email: model.text(),
  shipped_at: model.dateTime(),
  sent_at: model.dateTime().nullable(),
})
