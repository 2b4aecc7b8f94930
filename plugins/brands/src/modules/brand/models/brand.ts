import { model } from "@medusajs/framework/utils"

/**
 * A brand products are sold under. Names are unique case-insensitively; the
 * migration enforces that with a unique index on lower(name).
 */
export const Brand = model.define("brand", {
  id: model.id({ prefix: "brand" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  logo: model.text().nullable(),
})
