import { z } from "@medusajs/framework/zod"

const Id = z.string().trim().min(1).max(100)
const IdList = z
  .string()
  .max(2000)
  .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(Id).max(50))

/** POST /store/engagement/consent */
export const StoreSetConsent = z.object({ granted: z.boolean() })
export type StoreSetConsentType = z.infer<typeof StoreSetConsent>

/** POST /store/engagement/views */
export const StoreRecordView = z.object({ product_id: Id })
export type StoreRecordViewType = z.infer<typeof StoreRecordView>

/** GET /store/engagement/views — `exclude`: product ids to leave out (the page being shown), comma-separated. */
export const StoreGetViewsParams = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(12),
  exclude: IdList.optional(),
})
export type StoreGetViewsParamsType = z.infer<typeof StoreGetViewsParams>

/** POST /store/wishlist */
export const StoreAddWishlistItem = z.object({ product_id: Id })
export type StoreAddWishlistItemType = z.infer<typeof StoreAddWishlistItem>

/** POST /store/wishlist/:product_id/move-to-cart — `variant_id` is needed when the product has several variants. */
export const StoreMoveWishlistItemToCart = z.object({
  cart_id: Id,
  variant_id: Id.optional(),
  quantity: z.number().int().min(1).max(100).default(1),
})
export type StoreMoveWishlistItemToCartType = z.infer<typeof StoreMoveWishlistItemToCart>

/** GET /store/customers/me/purchases */
export const StoreGetPurchasesParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
})
export type StoreGetPurchasesParamsType = z.infer<typeof StoreGetPurchasesParams>

const DateParam = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), "must be a date (YYYY-MM-DD or ISO 8601)")
  .transform((value) => new Date(value))

const DAY = 24 * 60 * 60 * 1000

/** GET /admin/engagement/stats — the period [from, to), by default the last 30 days; at most 366 days. */
export const AdminGetEngagementStatsParams = z
  .object({
    from: DateParam.optional(),
    to: DateParam.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .transform((value) => {
    const to = value.to ?? new Date()
    const from = value.from ?? new Date(to.getTime() - 30 * DAY)
    return { from, to, limit: value.limit }
  })
  .refine((value) => value.from.getTime() < value.to.getTime(), { message: "from: must be before to", path: ["from"] })
  .refine((value) => value.to.getTime() - value.from.getTime() <= 366 * DAY, {
    message: "from: the period may span at most 366 days",
    path: ["from"],
  })
export type AdminGetEngagementStatsParamsType = z.infer<typeof AdminGetEngagementStatsParams>

/** GET /admin/engagement/customers/:id */
export const AdminGetCustomerEngagementParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
