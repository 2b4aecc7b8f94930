import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, defaultCurrencies } from "@medusajs/framework/utils"

/** Decimal digits of a currency (EUR 2, JPY 0); 2 for currencies Medusa does not list. */
export function currencyDigits(currencyCode: string): number {
  return defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2
}

/**
 * A processor charges integer minor units (cents). Medusa's amounts are
 * BigNumbers in major units; the conversion is exact decimal arithmetic,
 * rounded half-up to the currency's smallest unit, never a float product.
 */
export function toMinorUnits(amount: BigNumberInput, currencyCode: string): number {
  const scale = MathBN.exp(10, currencyDigits(currencyCode))
  const minor = MathBN.convert(MathBN.mult(amount, scale), 0)
  if (!minor.isFinite() || minor.isNegative() || !minor.isInteger() || minor.gt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError("amount is not a valid non-negative money amount")
  }
  return minor.toNumber()
}

/** Minor units back to Medusa's major-unit BigNumber value, as a decimal string. */
export function fromMinorUnits(minor: number, currencyCode: string): string {
  return MathBN.div(minor, MathBN.exp(10, currencyDigits(currencyCode))).toFixed()
}

/** Minor units as a fixed-point string for people: 1234 EUR → "12.34". */
export function formatMinorUnits(minor: number, currencyCode: string): string {
  const digits = currencyDigits(currencyCode)
  return MathBN.div(minor, MathBN.exp(10, digits)).toFixed(digits)
}
