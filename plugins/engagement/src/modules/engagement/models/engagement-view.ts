import { model } from "@medusajs/framework/utils"

/**
 * One product page view by an actor who consented to tracking. `actor` is
 * `customer:<id>` or `visitor:<id>`; the matching id column is set too.
 */
export const EngagementView = model
  .define("engagement_view", {
    id: model.id({ prefix: "engview" }).primaryKey(),
    actor: model.text(),
    customer_id: model.text().nullable(),
    visitor_id: model.text().nullable(),
    product_id: model.text(),
    viewed_at: model.dateTime(),
  })
  .indexes([
    { on: ["actor", "product_id", "viewed_at"] },
    { on: ["customer_id", "viewed_at"] },
    { on: ["visitor_id", "viewed_at"] },
    { on: ["product_id", "viewed_at"] },
    { on: ["viewed_at"] },
  ])
