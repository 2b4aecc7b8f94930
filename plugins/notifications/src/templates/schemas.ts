import { z } from "@medusajs/framework/zod"

/** Building blocks the template schemas share. Money is in integer minor units. */
export const minorAmount = z.number().int()

/** An absolute http(s) link: nothing else (javascript:, data:) may end up in an href. */
export const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), "must be an http(s) URL")

export const addressSchema = z.object({
  name: z.string().nullish(),
  company: z.string().nullish(),
  address_1: z.string().nullish(),
  address_2: z.string().nullish(),
  postal_code: z.string().nullish(),
  city: z.string().nullish(),
  province: z.string().nullish(),
  country: z.string().nullish(),
  phone: z.string().nullish(),
})

export type EmailAddressBlock = z.infer<typeof addressSchema>

/** Non-empty lines of an address, in postal order. */
export function addressLines(address: EmailAddressBlock | null | undefined): string[] {
  if (!address) return []
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [address.name, address.company, address.address_1, address.address_2, cityLine, address.province, address.country]
    .map((line) => (line ?? "").trim())
    .filter((line) => line.length > 0)
}
