/** Formatting of amounts held in integer minor units (cents), without float arithmetic. */
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export const LOCALE = "en-GB"

const formatters = new Map<string, Intl.NumberFormat>()
const digitsByCurrency = new Map<string, number>()

function formatter(currency: string): Intl.NumberFormat {
  const key = currency.toUpperCase()
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { style: "currency", currency: key })
    formatters.set(key, f)
  }
  return f
}

/** Decimal digits of a currency (EUR 2, JPY 0), as Intl knows them. */
export function currencyDigits(currency: string): number {
  const key = currency.toUpperCase()
  let digits = digitsByCurrency.get(key)
  if (digits === undefined) {
    digits = formatter(key).resolvedOptions().maximumFractionDigits ?? 2
    digitsByCurrency.set(key, digits)
  }
  return digits
}

/** 1234 EUR → "1234" with 2 digits → "12.34" (exact, string based). */
export function minorToDecimalString(minor: number, currency: string): `${number}` {
  if (!Number.isSafeInteger(minor)) {
    throw new Error(`amount ${minor} is not an integer number of minor units`)
  }
  const digits = currencyDigits(currency)
  const negative = minor < 0
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0")
  const whole = digits ? abs.slice(0, abs.length - digits) : abs
  const fraction = digits ? `.${abs.slice(abs.length - digits)}` : ""
  return `${negative ? "-" : ""}${whole}${fraction}` as `${number}`
}

/** 357, "eur" → "€3.57" */
export function formatMoney(minor: number, currency: string): string {
  // Intl.NumberFormat#format accepts an exact decimal string (ES2023).
  return formatter(currency).format(minorToDecimalString(minor, currency))
}

/**
 * A Medusa amount (number, BigNumber, or raw `{ value }`, in major units) →
 * integer minor units, rounded half up. Prefer passing the `raw_*` field.
 */
export function toMinorUnits(amount: BigNumberInput | null | undefined, currency: string): number {
  if (amount === null || amount === undefined) return 0
  return MathBN.convert(MathBN.mult(amount, 10 ** currencyDigits(currency)), 0).toNumber()
}
