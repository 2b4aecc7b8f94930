import { z } from "@medusajs/framework/zod"
import { FEEDBACK_TYPES, RAILS } from "../modules/recommendations/models/recommendation-feedback"

const Limit = z.coerce.number().int().min(1).max(50).default(12)
const ProductId = z.string().regex(/^prod_[0-9A-Za-z]{1,60}$/, "must be a product id (prod_…)")

/** GET /store/recommendations/for-you, GET /store/products/:id/recommendations, GET /admin/recommendations/customers/:id */
export const StoreGetRecommendationsParams = z.object({ limit: Limit }).strict()
export type StoreGetRecommendationsParamsType = z.infer<typeof StoreGetRecommendationsParams>
export const AdminGetCustomerRecommendationsParams = StoreGetRecommendationsParams
export type AdminGetCustomerRecommendationsParamsType = StoreGetRecommendationsParamsType

/** POST /store/recommendations/events — what a rail showed (impression) or what was clicked. */
export const StoreRecordRecommendationEvents = z
  .object({
    type: z.enum(FEEDBACK_TYPES),
    rail: z.enum(RAILS),
    product_ids: z.array(ProductId).min(1).max(50),
  })
  .strict()
  .refine((body) => body.type !== "click" || body.product_ids.length === 1, {
    message: "a click names exactly one product",
    path: ["product_ids"],
  })
export type StoreRecordRecommendationEventsType = z.infer<typeof StoreRecordRecommendationEvents>

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(v)), "must be a real date")

/** GET /admin/recommendations/click-through — the period [from, to], whole UTC days; default the last 30 days. */
export const AdminGetClickThroughParams = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "from must not be after to", path: ["from"] })
export type AdminGetClickThroughParamsType = z.infer<typeof AdminGetClickThroughParams>
