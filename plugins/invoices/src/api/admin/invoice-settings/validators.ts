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

/** The logo's size limit, in bytes of image. */
export const MAX_LOGO_BYTES = 300 * 1024

const SIGNATURES: Record<"png" | "jpeg", number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
}

/**
 * What is wrong with a logo data URL, in plain words, or null. The image is
 * judged by its content (PNG or JPEG signature), not by its name or the type
 * the browser guessed: a text file named .png is refused, as the PDF could
 * not draw it.
 */
export function logoProblem(dataUrl: string): string | null {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl)
  if (!match) return "The logo must be a PNG or JPEG image."
  const bytes = Buffer.from(match[2], "base64")
  if (bytes.length > MAX_LOGO_BYTES) return "The logo is larger than 300 KB. Please choose a smaller image."
  const kind = (Object.keys(SIGNATURES) as ("png" | "jpeg")[]).find((k) => SIGNATURES[k].every((b, i) => bytes[i] === b))
  if (!kind) return "The logo file is not a PNG or JPEG image (its content is something else)."
  if (kind !== match[1]) return `The logo is a ${kind.toUpperCase()} image but was sent as ${match[1].toUpperCase()}.`
  return null
}

// Absent fields stay absent (undefined), so an update changes only the fields
// sent; an empty string or null clears an optional field.
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null))

export const AdminUpdateInvoiceSettings = z
  .object({
    company_name: z.string().trim().min(1, "Enter the company name.").max(200, "The company name is too long (200 characters at most)."),
    address: z.string().trim().min(5, "Enter the full address (street, postal code and city).").max(500, "The address is too long."),
    vat_id: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, "").toUpperCase())
      .refine((v) => v === "" || /^[A-Z]{2}[A-Z0-9+*.]{2,13}$/.test(v), "A VAT ID is a country code followed by 2 to 13 letters or digits, e.g. DE123456789.")
      .nullish()
      .transform((v) => (v === undefined ? undefined : v || null)),
    tax_number: optionalText(40, "The tax number is too long (40 characters at most)."),
    iban: z
      .string()
      .trim()
      .refine(isValidIban, "This IBAN is not valid. Please check it against your bank details.")
      .transform((v) => v.replace(/\s+/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 ")),
    bic: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => v === "" || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), "A BIC has 8 or 11 letters and digits, e.g. COBADEFFXXX.")
      .nullish()
      .transform((v) => (v === undefined ? undefined : v || null)),
    bank_name: optionalText(120, "The bank name is too long (120 characters at most)."),
    email: z.string().trim().email("Enter a valid email address, e.g. billing@example.com.").max(254),
    logo: z
      .string()
      .superRefine((v, ctx) => {
        const problem = logoProblem(v)
        if (problem) ctx.addIssue({ code: "custom", message: problem })
      })
      .nullish(),
    footer_note: optionalText(500, "The footer note is too long (500 characters at most)."),
  })
  .partial()
  .strict()

export type AdminUpdateInvoiceSettingsType = z.infer<typeof AdminUpdateInvoiceSettings>

/** The settings' labels, for messages that name a field. */
export const SETTINGS_LABELS: Record<string, string> = {
  company_name: "Company name",
  address: "Address",
  vat_id: "VAT ID",
  tax_number: "Tax number",
  iban: "IBAN",
  bic: "BIC",
  bank_name: "Bank",
  email: "Billing email",
  logo: "Logo",
  footer_note: "Footer note",
}

export type FieldError = { field: string; message: string }

/** A seller needs a VAT ID or a tax number (Steuernummer) on its invoices; small businesses often have only the latter. */
export function taxIdentityErrors(settings: { vat_id?: string | null; tax_number?: string | null }): FieldError[] {
  if (settings.vat_id || settings.tax_number) return []
  const message = "Enter a VAT ID or a tax number (Steuernummer): invoices must show one of them."
  return [
    { field: "vat_id", message },
    { field: "tax_number", message },
  ]
}
