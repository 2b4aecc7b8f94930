import { model } from "@medusajs/framework/utils"

/**
 * A tracking consent choice, either a customer's or an anonymous visitor's
 * (the random id of the `_shop_visitor` cookie). Exactly one of the two ids is
 * set; each id has at most one row.
 */
export const EngagementConsent = model
  .define("engagement_consent", {
    id: model.id({ prefix: "engcons" }).primaryKey(),
    customer_id: model.text().nullable(),
    visitor_id: model.text().nullable(),
    granted: model.boolean(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["visitor_id"], unique: true, where: "visitor_id IS NOT NULL AND deleted_at IS NULL" },
  ])
