import { model } from "@medusajs/framework/utils"

/** A product on a customer's wishlist. Removing it soft-deletes the row; a product is on a wishlist once. */
export const EngagementWishlistItem = model
  .define("engagement_wishlist_item", {
    id: model.id({ prefix: "engwish" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
  })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
  ])
