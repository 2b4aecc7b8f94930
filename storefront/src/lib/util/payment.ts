/** The mock card processor (plugins/payment-mock) and Medusa's built-in test provider. */
export const CARD_PROVIDER_ID = "pp_mock-card_mock-card"
export const SYSTEM_PROVIDER_ID = "pp_system_default"

export type CardInput = { number: string; exp_month: number; exp_year: number; cvc: string; name: string }

/** Luhn check: catches typos before the processor sees the number. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}

/** Parses and checks the card form; returns the card or one message per bad field. */
export function parseCard(
  raw: { number: string; expiry: string; cvc: string; name: string },
  now: Date = new Date()
): { card: CardInput } | { fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {}
  const number = raw.number.replace(/[\s-]/g, "")
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) fieldErrors.card_number = "Enter a valid card number."
  // "12/29", "12 / 2029", and "1229" as typed without the slash.
  const expiry = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(raw.expiry.trim()) ?? /^(\d{2})(\d{2})$/.exec(raw.expiry.trim())
  let exp_month = 0
  let exp_year = 0
  if (expiry) {
    exp_month = Number(expiry[1])
    exp_year = Number(expiry[2].length === 2 ? `20${expiry[2]}` : expiry[2])
  }
  const thisMonth = now.getFullYear() * 12 + now.getMonth() + 1
  if (!expiry || exp_month < 1 || exp_month > 12) fieldErrors.card_expiry = "Enter the expiry date as MM/YY."
  else if (exp_year * 12 + exp_month < thisMonth) fieldErrors.card_expiry = "This card has expired."
  if (!/^\d{3,4}$/.test(raw.cvc.trim())) fieldErrors.card_cvc = "Enter the 3 or 4 digit security code."
  if (!raw.name.trim()) fieldErrors.card_name = "Enter the name on the card."
  if (Object.keys(fieldErrors).length) return { fieldErrors }
  return { card: { number, exp_month, exp_year, cvc: raw.cvc.trim(), name: raw.name.trim() } }
}

/** The card number as the shopper types it, in groups of four ("4242 4242 4…"). */
export function formatCardNumber(value: string): string {
  return value
    .replace(/\D/g, "")
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, "$1 ")
}

/** The expiry as the shopper types it: "1229" becomes "12/29". */
export function formatExpiry(value: string): string {
  const digits = value.replace(/\D/g, "").slice(0, 4)
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits
}

/** The mock processor's test cards (plugins/payment-mock/README.md), shown on the payment step. */
export const TEST_CARDS: { number: string; outcome: string }[] = [
  { number: "4242 4242 4242 4242", outcome: "succeeds" },
  { number: "4000 0027 6000 3184", outcome: "asks for 3-D Secure" },
  { number: "4000 0000 0000 0002", outcome: "declined" },
  { number: "4000 0000 0000 9995", outcome: "insufficient funds" },
  { number: "4000 0000 0000 0069", outcome: "expired card" },
  { number: "4000 0000 0000 0127", outcome: "incorrect CVC" },
  { number: "4000 0000 0000 0119", outcome: "processing error" },
  { number: "4000 0000 0000 0341", outcome: "capture fails later" },
]
