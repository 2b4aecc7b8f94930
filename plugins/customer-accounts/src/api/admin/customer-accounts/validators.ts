import { z } from "@medusajs/framework/zod"
import { birthday, title, username } from "../../../lib/account-fields"

/** GET /admin/customer-accounts/profiles?q=max */
export const AdminSearchCustomerProfiles = z.object({
  q: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminSearchCustomerProfilesType = z.infer<typeof AdminSearchCustomerProfiles>

/** POST /admin/customers/:id/account-profile — null or "" clears title / birthday. */
export const AdminUpdateCustomerProfile = z.object({
  username: username.optional(),
  title: title.nullable().optional(),
  birthday: birthday.nullable().optional(),
})
export type AdminUpdateCustomerProfileType = z.infer<typeof AdminUpdateCustomerProfile>
