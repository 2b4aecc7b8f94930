/**
 * The mock processor's card rules: what a real processor checks before it
 * accepts a card (Luhn checksum, expiry, CVC), which brand a number belongs
 * to, and which test numbers lead to which outcome.
 *
 * Nothing here keeps, logs or returns a card number: `tokenizeCard` turns the
 * number into brand + last four digits + the processor's verdict, and every
 * error message names the field, never its value.
 */

export const CARD_OUTCOMES = [
  "authorize",
  "decline",
  "insufficient_funds",
  "expired_card",
  "incorrect_cvc",
  "three_d_secure",
  "capture_fails",
  "processing_error",
] as const
export type CardOutcome = (typeof CARD_OUTCOMES)[number]

export const CARD_BRANDS = ["visa", "mastercard", "amex", "discover", "diners", "jcb", "unionpay", "unknown"] as const
export type CardBrand = (typeof CARD_BRANDS)[number]

/** The documented test cards (README). Any other valid number authorizes. */
export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  "4242424242424242": "authorize",
  "4000000000000002": "decline",
  "4000000000009995": "insufficient_funds",
  "4000000000000069": "expired_card",
  "4000000000000127": "incorrect_cvc",
  "4000002760003184": "three_d_secure",
  "4000000000000341": "capture_fails",
  "4000000000000119": "processing_error",
}

/** Card details as the shopper typed them (already shape-checked at the API edge). */
export type RawCard = {
  number: string
  exp_month: number
  exp_year: number
  cvc: string
}

/** What the processor keeps of a card: never the number or the CVC. */
export type TokenizedCard = {
  brand: CardBrand
  last4: string
  outcome: CardOutcome
}

export type CardField = "number" | "exp_month" | "exp_year" | "cvc"

export type TokenizeResult =
  | { ok: true; card: TokenizedCard }
  | { ok: false; field: CardField; message: string }

/** Digits only: spaces and dashes as people type them are dropped. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "")
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) {
    return false
  }
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

export function detectBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return "visa"
  if (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(digits)) return "mastercard"
  if (/^3[47]/.test(digits)) return "amex"
  if (/^(6011|65|64[4-9])/.test(digits)) return "discover"
  if (/^3(0[0-5]|[689])/.test(digits)) return "diners"
  if (/^35(2[89]|[3-8])/.test(digits)) return "jcb"
  if (/^62/.test(digits)) return "unionpay"
  return "unknown"
}

/** A card is valid through the last day of its expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, now: Date): boolean {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth() + 1
  return expYear < year || (expYear === year && expMonth < month)
}

/**
 * Validates a card like a processor and exchanges it for what may be stored.
 * The result never contains the number or the CVC.
 */
export function tokenizeCard(card: RawCard, now: Date = new Date()): TokenizeResult {
  const digits = normalizeCardNumber(card.number)
  if (!/^\d+$/.test(digits)) {
    return { ok: false, field: "number", message: "The card number may contain only digits, spaces and dashes." }
  }
  if (digits.length < 12 || digits.length > 19) {
    return { ok: false, field: "number", message: "The card number must have 12 to 19 digits." }
  }
  if (!passesLuhn(digits)) {
    return { ok: false, field: "number", message: "The card number is invalid (it fails the Luhn check)." }
  }
  if (!Number.isInteger(card.exp_month) || card.exp_month < 1 || card.exp_month > 12) {
    return { ok: false, field: "exp_month", message: "The expiry month must be between 1 and 12." }
  }
  if (!Number.isInteger(card.exp_year)) {
    return { ok: false, field: "exp_year", message: "The expiry year must be a year such as 2030." }
  }
  if (isExpired(card.exp_month, card.exp_year, now)) {
    return { ok: false, field: "exp_year", message: "The card has expired: its expiry date is in the past." }
  }
  if (card.exp_year > now.getUTCFullYear() + 50) {
    return { ok: false, field: "exp_year", message: "The expiry year is too far in the future." }
  }
  if (!/^\d{3,4}$/.test(card.cvc)) {
    return { ok: false, field: "cvc", message: "The CVC must be 3 or 4 digits." }
  }
  return {
    ok: true,
    card: {
      brand: detectBrand(digits),
      last4: digits.slice(-4),
      outcome: TEST_CARDS[digits] ?? "authorize",
    },
  }
}

export function isCardOutcome(value: unknown): value is CardOutcome {
  return typeof value === "string" && (CARD_OUTCOMES as readonly string[]).includes(value)
}

export function isCardBrand(value: unknown): value is CardBrand {
  return typeof value === "string" && (CARD_BRANDS as readonly string[]).includes(value)
}
