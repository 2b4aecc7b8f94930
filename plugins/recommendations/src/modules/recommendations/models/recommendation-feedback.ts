import { model } from "@medusajs/framework/utils"

export const FEEDBACK_TYPES = ["impression", "click"] as const
export type FeedbackType = (typeof FEEDBACK_TYPES)[number]

export const RAILS = ["for-you", "also-bought"] as const
export type Rail = (typeof RAILS)[number]

/**
 * One impression or click of a recommended product, recorded only with the
 * actor's tracking consent. `actor` ("customer:<id>" or "visitor:<id>") lets
 * the customer's data export and erasure find their rows.
 */
export const RecommendationFeedback = model
  .define("recommendation_feedback", {
    id: model.id({ prefix: "recfb" }).primaryKey(),
    actor: model.text(),
    rail: model.enum([...RAILS]),
    type: model.enum([...FEEDBACK_TYPES]),
    product_id: model.text(),
  })
  .indexes([{ on: ["created_at", "rail"] }, { on: ["actor"] }])
