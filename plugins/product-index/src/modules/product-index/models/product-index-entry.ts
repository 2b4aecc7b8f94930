import { model } from "@medusajs/framework/utils"

/**
 * One published product as GET /api/v1/product/ shows it: the read model the
 * refresh workflow keeps current from Medusa's product, pricing, inventory
 * and brand data. Its id is the product's id. The migration adds the indexes
 * the listing sorts and filters by.
 */
export const ProductIndexEntry = model.define("product_index_entry", {
  id: model.text().primaryKey(),
  name: model.text(),
  handle: model.text(),
  description: model.text().nullable(),
  /** absolute URL */
  image: model.text().nullable(),
  /** lowest variant price in the default region's currency, major units */
  price: model.bigNumber().nullable(),
  currency_code: model.text().nullable(),
  brand: model.text().nullable(),
  /** lower-cased brand name, for the case-insensitive `brand` filter */
  brand_key: model.text().nullable(),
  /** stocked − reserved over the default sales channel's locations, ≥ 0 */
  stock: model.number().default(0),
  /** lower-cased name, description and brand, for `q` */
  search_text: model.text(),
  /** lower-cased name, for `order=name` */
  sort_name: model.text(),
  product_created_at: model.dateTime(),
})
