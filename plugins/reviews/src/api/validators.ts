import { z } from "@medusajs/framework/zod"
import { REVIEW_STATUSES } from "../modules/reviews/models/review"
import { Rating, ReviewBody, ReviewTitle } from "../lib/text"

const Id = z.string().trim().min(1).max(100)
const Limit = z.coerce.number().int().min(1).max(100).default(10)
const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0)

export const REVIEW_SORTS = ["newest", "highest", "lowest", "helpful"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** POST /store/products/:id/reviews — create, or edit the customer's existing review. Unknown fields are refused. */
export const StoreCreateReview = z.strictObject({
  rating: Rating,
  title: ReviewTitle,
  body: ReviewBody({ allowEmpty: true, field: "body" }).default(""),
})
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

/** PATCH (or POST) /store/reviews/:id — any of the fields. */
export const StoreUpdateReview = z
  .strictObject({
    rating: Rating.optional(),
    title: ReviewTitle.optional(),
    body: ReviewBody({ allowEmpty: true, field: "body" }).optional(),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), "send at least one of rating, title, body")
export type StoreUpdateReviewType = z.infer<typeof StoreUpdateReview>

/** GET /store/products/:id/reviews */
export const StoreGetProductReviewsParams = z.object({
  sort: z.enum(REVIEW_SORTS).default("newest"),
  limit: Limit,
  offset: Offset,
})
export type StoreGetProductReviewsParamsType = z.infer<typeof StoreGetProductReviewsParams>

/** GET /store/customers/me/reviews */
export const StoreGetMyReviewsParams = z.object({ limit: Limit, offset: Offset, product_id: Id.optional() })
export type StoreGetMyReviewsParamsType = z.infer<typeof StoreGetMyReviewsParams>

const commaList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean))

/** GET /admin/reviews — `status` and `rating` may list several, comma-separated. */
export const AdminGetReviewsParams = z.object({
  status: commaList.pipe(z.array(z.enum(REVIEW_STATUSES)).min(1)).optional(),
  rating: commaList.pipe(z.array(z.string().regex(/^[1-5]$/, "must be a whole number from 1 to 5").transform(Number)).min(1)).optional(),
  product_id: Id.optional(),
  customer_id: Id.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: Offset,
})
export type AdminGetReviewsParamsType = z.infer<typeof AdminGetReviewsParams>

/** POST /admin/reviews/moderate — bulk approve / reject (or back to pending). */
export const AdminModerateReviews = z.strictObject({
  ids: z.array(Id).min(1).max(200),
  status: z.enum(REVIEW_STATUSES),
})
export type AdminModerateReviewsType = z.infer<typeof AdminModerateReviews>

/** POST /admin/reviews/:id — status and/or the public reply (null or "" removes it). */
export const AdminUpdateReview = z
  .strictObject({
    status: z.enum(REVIEW_STATUSES).optional(),
    reply: ReviewBody({ allowEmpty: true, field: "reply" }).nullable().optional(),
  })
  .refine((value) => value.status !== undefined || value.reply !== undefined, "send status and/or reply")
export type AdminUpdateReviewType = z.infer<typeof AdminUpdateReview>
