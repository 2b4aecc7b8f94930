import { z } from "@medusajs/framework/zod"
import { SUPPORT_CATEGORIES, SUPPORT_STATUSES } from "../modules/support/models/support-request"
import { MessageText, SubjectText } from "../lib/text"

const Id = z.string().trim().min(1).max(100)
const Limit = z.coerce.number().int().min(1).max(100).default(20)
const Offset = z.coerce.number().int().min(0).default(0)

/** POST /store/support-requests — `email` is required from a guest and ignored for a logged-in customer. */
export const StoreCreateSupportRequest = z.object({
  subject: SubjectText,
  category: z.enum(SUPPORT_CATEGORIES),
  message: MessageText,
  order_id: Id.optional(),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("must be a valid email address")).optional(),
})
export type StoreCreateSupportRequestType = z.infer<typeof StoreCreateSupportRequest>

/** POST /store/support-requests/:id/messages and POST /admin/support-requests/:id/messages */
export const StoreReplySupportRequest = z.object({ message: MessageText })
export type StoreReplySupportRequestType = z.infer<typeof StoreReplySupportRequest>
export const AdminReplySupportRequest = StoreReplySupportRequest
export type AdminReplySupportRequestType = StoreReplySupportRequestType

/** GET /store/support-requests */
export const StoreGetSupportRequestsParams = z.object({
  status: z.enum(SUPPORT_STATUSES).optional(),
  order_id: Id.optional(),
  limit: Limit,
  offset: Offset,
})
export type StoreGetSupportRequestsParamsType = z.infer<typeof StoreGetSupportRequestsParams>

/** GET /admin/support-requests — `status` may list several, comma-separated. */
export const AdminGetSupportRequestsParams = z.object({
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(SUPPORT_STATUSES)))
    .optional(),
  order_id: Id.optional(),
  customer_id: Id.optional(),
  limit: Limit,
  offset: Offset,
})
export type AdminGetSupportRequestsParamsType = z.infer<typeof AdminGetSupportRequestsParams>

/** POST /admin/support-requests/:id */
export const AdminUpdateSupportRequest = z.object({ status: z.enum(SUPPORT_STATUSES) })
export type AdminUpdateSupportRequestType = z.infer<typeof AdminUpdateSupportRequest>
