import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { currencyDigits, toMinorUnits } from "@shop/notifications/lib/money"

/**
 * The amounts an invoice prints, in whole minor units, derived from Medusa's
 * own totals. Medusa keeps totals with sub-cent precision; the payment
 * provider charges the order total rounded half up to the minor unit, so that
 * rounded total is the invoice's gross. Rounding every line on its own and
 * adding them up (what the invoice did before) drifts a cent or two away from
 * the charge. Here the rounding happens once, at the top, and is handed down:
 *
 *   gross G = order total, rounded half up (the charge)
 *   VAT   T = order tax total, rounded half up (Medusa's tax)
 *   per rate: G and T are split over the rates, each rate getting its exact
 *             sum rounded down or up, the ups going to the largest fractions
 *             (largest remainder), so the rates add up to G and T exactly
 *   per line: the same, within its rate
 *   net = gross − VAT, per line, per rate and in total
 *
 * So net + VAT = gross to the cent on every line, every rate and the total,
 * and every figure is within one cent of Medusa's exact value.
 */

type Exact = ReturnType<typeof MathBN.convert>

export type ExactLine = {
  /** Medusa's line total (after discounts, with tax), in major units. */
  total: BigNumberInput
  /** Medusa's tax on the line, in major units. */
  tax_total: BigNumberInput
  /** The line's tax rate in percent (the sum of its tax lines). */
  tax_rate: number
}

export type MinorAmounts = { net: number; tax: number; gross: number }

export type RateAmounts = MinorAmounts & { tax_rate: number }

export type InvoiceAmounts = {
  /** In the order of the lines given. */
  lines: MinorAmounts[]
  /** Highest rate first. */
  by_rate: RateAmounts[]
  totals: MinorAmounts
}

/** An exact amount → its floor and the fraction above it (0 ≤ fraction < 1). */
function floorAndFraction(x: Exact): { floor: number; fraction: Exact } {
  const rest = MathBN.mod(x, 1) // carries the sign of x
  const truncated = MathBN.sub(x, rest).toNumber()
  return MathBN.lt(rest, 0)
    ? { floor: truncated - 1, fraction: MathBN.add(rest, 1) }
    : { floor: truncated, fraction: rest }
}

/**
 * Rounds exact amounts (in minor units) to integers that add up to `total`:
 * each is rounded down, then the ones with the largest fractions are rounded
 * up until the sum is reached (ties: the earlier one). When `total` is the
 * rounded sum of the parts, every part ends within one unit of its exact value.
 */
export function roundToTotal(exact: Exact[], total: number): number[] {
  const parts = exact.map(floorAndFraction)
  const result = parts.map((p) => p.floor)
  const order = parts
    .map((p, i) => ({ i, fraction: p.fraction }))
    .sort((a, b) => (MathBN.gt(b.fraction, a.fraction) ? 1 : MathBN.lt(b.fraction, a.fraction) ? -1 : a.i - b.i))
  let left = total - result.reduce((s, v) => s + v, 0)
  // Only a total that is not the parts' rounded sum (e.g. an order with a
  // credit line) needs more than one pass; the difference is spread evenly.
  const step = left < 0 ? -1 : 1
  for (let k = 0; left !== 0 && order.length; k++) {
    result[order[k % order.length].i] += step
    left -= step
  }
  return result
}

/** Percent → basis points, so rates group exactly (19 and 19.0 are one rate). */
function basisPoints(rate: number): number {
  return Math.round(rate * 100)
}

export function computeInvoiceAmounts(input: {
  currency_code: string
  lines: ExactLine[]
  /** Medusa's order total and tax total; when absent, the lines' exact sums. */
  total?: BigNumberInput
  tax_total?: BigNumberInput
}): InvoiceAmounts {
  const scale = 10 ** currencyDigits(input.currency_code)
  const minor = (v: BigNumberInput) => MathBN.mult(v, scale)
  const exactGross = input.lines.map((l) => minor(l.total))
  const exactTax = input.lines.map((l) => minor(l.tax_total))
  const gross = toMinorUnits(input.total ?? MathBN.sum(0, ...input.lines.map((l) => l.total)), input.currency_code)
  const tax = toMinorUnits(input.tax_total ?? MathBN.sum(0, ...input.lines.map((l) => l.tax_total)), input.currency_code)

  const rates = [...new Set(input.lines.map((l) => basisPoints(l.tax_rate)))].sort((a, b) => b - a)
  const members = rates.map((bp) => input.lines.flatMap((l, i) => (basisPoints(l.tax_rate) === bp ? [i] : [])))
  const sumOf = (exact: Exact[], indices: number[]) => MathBN.sum(0, ...indices.map((i) => exact[i]))
  const rateGross = roundToTotal(members.map((m) => sumOf(exactGross, m)), gross)
  const rateTax = roundToTotal(members.map((m) => sumOf(exactTax, m)), tax)

  const lines: MinorAmounts[] = input.lines.map(() => ({ net: 0, tax: 0, gross: 0 }))
  members.forEach((indices, r) => {
    const g = roundToTotal(indices.map((i) => exactGross[i]), rateGross[r])
    const t = roundToTotal(indices.map((i) => exactTax[i]), rateTax[r])
    indices.forEach((lineIndex, k) => {
      lines[lineIndex] = { gross: g[k], tax: t[k], net: g[k] - t[k] }
    })
  })
  return {
    lines,
    by_rate: rates.map((bp, r) => ({
      tax_rate: bp / 100,
      gross: rateGross[r],
      tax: rateTax[r],
      net: rateGross[r] - rateTax[r],
    })),
    totals: { gross, tax, net: gross - tax },
  }
}
