/** Integer money arithmetic (minor units), exact through BigInt. */

/** round(a / b) half away from zero, for integers. */
export function divRound(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b === 0) {
    throw new Error(`divRound needs safe integers and b ≠ 0 (got ${a} / ${b})`)
  }
  const A = BigInt(Math.abs(a))
  const B = BigInt(Math.abs(b))
  const q = (2n * A + B) / (2n * B)
  const negative = a < 0 !== b < 0
  return Number(negative ? -q : q)
}

/** A tax rate in percent (19, 25.5) as integer basis points (1900, 2550). */
export function rateBasisPoints(ratePercent: number): number {
  return Math.round(ratePercent * 100)
}

/** The tax contained in a gross amount at the given rate. */
export function taxFromGross(gross: number, ratePercent: number): number {
  const bp = rateBasisPoints(ratePercent)
  return divRound(gross * bp, 10000 + bp)
}

/**
 * Splits an amount over weights in proportion, in whole minor units, so the
 * parts add up exactly (largest remainder).
 */
export function allocate(amount: number, weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0)
  if (total <= 0) return weights.map((_, i) => (i === 0 ? amount : 0))
  const A = BigInt(amount)
  const T = BigInt(total)
  const parts = weights.map((w) => (A * BigInt(w)) / T)
  const remainders = weights.map((w, i) => ({ i, r: (A * BigInt(w)) % T }))
  let left = A - parts.reduce((s, p) => s + p, 0n)
  remainders.sort((x, y) => (y.r > x.r ? 1 : y.r < x.r ? -1 : x.i - y.i))
  for (const { i } of remainders) {
    if (left <= 0n) break
    parts[i] += 1n
    left -= 1n
  }
  return parts.map(Number)
}
