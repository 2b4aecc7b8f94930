import { model } from "@medusajs/framework/utils"

/**
 * The proof a guest shows to read their order: a random token sent in the
 * order confirmation email. Only its SHA-256 hash is kept, one per order.
 */
export const OrderAccessToken = model.define("order_access_token", {
  id: model.id({ prefix: "oacc" }).primaryKey(),
  order_id: model.text(),
  token_hash: model.text(),
})
