import { z } from "@medusajs/framework/zod"

/** ISO 13616 check: country, check digits, mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, "").toUpperCase()
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const digits = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return remainder === 1
}

const MAX_LOGO_CHARS = 400_000 // ≈ 300 KB of image

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

export const AdminUpdateInvoiceSettings = z
  .object({
    company_name: z.string().trim().min(1).max(200),
    address: z.string().trim().min(5).max(500),
    vat_id: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}[A-Z0-9+*.]{2,13}$/, "a VAT ID is a country code and 2–13 letters or digits, e.g. DE123456789"),
    tax_number: optionalText(40),
    iban: z
      .string()
      .trim()
      .refine(isValidIban, "not a valid IBAN")
      .transform((v) => v.replace(/\s+/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 ")),
    bic: z
      .string()
      .trim()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "a BIC has 8 or 11 characters")
      .nullish()
      .transform((v) => v ?? null),
    bank_name: optionalText(120),
    email: z.string().trim().email().max(254),
    logo: z
      .string()
      .max(MAX_LOGO_CHARS, "the logo is larger than 300 KB")
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, "the logo must be a PNG or JPEG data URL")
      .nullish()
      .transform((v) => v ?? null),
    footer_note: optionalText(500),
  })
  .partial()
  .strict()

export type AdminUpdateInvoiceSettingsType = z.infer<typeof AdminUpdateInvoiceSettings>
