import { model } from "@medusajs/framework/utils"

/**
 * A product's rating over its approved reviews, kept current by the module in
 * the same transaction as every change of a review's status or rating (never
 * recomputed by scanning on read). The average is rating_sum / rating_count,
 * rounded to 2 decimals when read.
 */
export const ReviewAggregate = model
  .define("review_aggregate", {
    id: model.id({ prefix: "revagg" }).primaryKey(),
    product_id: model.text().unique(),
    rating_count: model.number().default(0),
    rating_sum: model.number().default(0),
    count_1: model.number().default(0),
    count_2: model.number().default(0),
    count_3: model.number().default(0),
    count_4: model.number().default(0),
    count_5: model.number().default(0),
  })
