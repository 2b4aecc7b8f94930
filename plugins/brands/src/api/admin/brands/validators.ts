import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters")
const description = z.string().trim().max(2000, "must be at most 2000 characters").nullish()
const logo = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine((value) => value === "" || /^(https?:\/\/|\/)/i.test(value), "logo must be an http(s) URL or a path")
  .transform((value) => (value === "" ? null : value))
  .nullish()

export const AdminCreateBrand = z.object({ name, description, logo }).strict()
export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>

export const AdminUpdateBrand = z
  .object({ name: name.optional(), description, logo })
  .strict()
export type AdminUpdateBrandType = z.infer<typeof AdminUpdateBrand>

export const AdminGetBrandParams = createSelectParams()
export type AdminGetBrandParamsType = z.infer<typeof AdminGetBrandParams>

export const AdminGetBrandsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().max(200).optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetBrandsParamsType = z.infer<typeof AdminGetBrandsParams>

/** additional_data accepted on Medusa's product create/update routes. */
export const productBrandAdditionalData = {
  brand_id: z.string().trim().min(1).max(100).nullish(),
}
