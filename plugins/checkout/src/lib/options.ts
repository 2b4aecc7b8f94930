export const DEFAULT_CHECKOUT_CONCURRENCY = 4

/**
 * CHECKOUT_CONCURRENCY: how many cart completions one server process runs at
 * once (the rest queue in order). A positive integer; 4 by default.
 */
export function checkoutConcurrency(env: NodeJS.ProcessEnv): number {
  const raw = env.CHECKOUT_CONCURRENCY
  if (raw === undefined || raw.trim() === "") {
    return DEFAULT_CHECKOUT_CONCURRENCY
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new Error(`CHECKOUT_CONCURRENCY must be an integer from 1 to 1000, got "${raw}"`)
  }
  return value
}
