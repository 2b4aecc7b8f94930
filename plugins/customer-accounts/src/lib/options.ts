/**
 * The plugin's options (medusa-config.ts → plugins → "@shop/customer-accounts").
 * Medusa hands a plugin's options to its modules; the customer-accounts
 * module validates them once at start-up with `resolveOptions`.
 */
export type LimitWindow = {
  /** how many events are allowed in the window */
  points: number
  /** the window length in seconds */
  durationSeconds: number
}

export type CustomerAccountsOptions = {
  rateLimit?: {
    /**
     * Where the counters live. "postgres" (default) uses the app's database,
     * "redis" needs `redisUrl`, "memory" is per process (single-process dev only).
     * When `redisUrl` is given and `store` is not, Redis is used.
     */
    store?: "postgres" | "redis" | "memory"
    redisUrl?: string
    /** Prefixes the Redis keys, so several shops can share one Redis database. */
    redisNamespace?: string
    /** login attempts per account from one client (the strict lockout; the owner elsewhere is not locked out) */
    loginFailuresPerAccountAndClient?: Partial<LimitWindow>
    /** login attempts per account from all clients together (the high ceiling) */
    loginFailuresPerAccount?: Partial<LimitWindow>
    /** login attempts per client IP, whichever accounts they name (credential stuffing) */
    loginFailuresPerIp?: Partial<LimitWindow>
    /** registration attempts per client IP */
    registrationsPerIp?: Partial<LimitWindow>
    /** password-reset requests per client IP */
    passwordResetsPerIp?: Partial<LimitWindow>
    /** password-reset requests per account (email) */
    passwordResetsPerAccount?: Partial<LimitWindow>
  }
}

export type ResolvedRateLimitOptions = {
  store: "postgres" | "redis" | "memory"
  redisUrl?: string
  redisNamespace?: string
  loginFailuresPerAccountAndClient: LimitWindow
  loginFailuresPerAccount: LimitWindow
  loginFailuresPerIp: LimitWindow
  registrationsPerIp: LimitWindow
  passwordResetsPerIp: LimitWindow
  passwordResetsPerAccount: LimitWindow
}

// OWASP's authentication cheat sheet: a strict count per (account, client) so
// a guesser is stopped quickly, and a much higher ceiling per account so
// an attacker spread over many addresses is stopped too, without letting one
// client lock the owner out.
export const DEFAULT_RATE_LIMITS = {
  loginFailuresPerAccountAndClient: { points: 10, durationSeconds: 15 * 60 },
  loginFailuresPerAccount: { points: 100, durationSeconds: 24 * 60 * 60 },
  loginFailuresPerIp: { points: 100, durationSeconds: 24 * 60 * 60 },
  registrationsPerIp: { points: 20, durationSeconds: 60 * 60 },
  passwordResetsPerIp: { points: 10, durationSeconds: 60 * 60 },
  passwordResetsPerAccount: { points: 3, durationSeconds: 60 * 60 },
} as const

type WindowName = keyof typeof DEFAULT_RATE_LIMITS

function window(name: string, given: Partial<LimitWindow> | undefined, fallback: LimitWindow): LimitWindow {
  const result = { ...fallback, ...(given ?? {}) }
  for (const key of ["points", "durationSeconds"] as const) {
    if (!Number.isInteger(result[key]) || result[key] < 1) {
      throw new Error(`@shop/customer-accounts: rateLimit.${name}.${key} must be a positive integer (got ${String(result[key])})`)
    }
  }
  return result
}

export function resolveOptions(options: CustomerAccountsOptions | undefined): ResolvedRateLimitOptions {
  const rateLimit = options?.rateLimit ?? {}
  const store = rateLimit.store ?? (rateLimit.redisUrl ? "redis" : "postgres")
  if (!["postgres", "redis", "memory"].includes(store)) {
    throw new Error(`@shop/customer-accounts: rateLimit.store must be "postgres", "redis" or "memory" (got "${store}")`)
  }
  if (store === "redis" && !rateLimit.redisUrl) {
    throw new Error(`@shop/customer-accounts: rateLimit.store "redis" needs rateLimit.redisUrl`)
  }
  const windows = {} as Record<WindowName, LimitWindow>
  for (const name of Object.keys(DEFAULT_RATE_LIMITS) as WindowName[]) {
    windows[name] = window(name, rateLimit[name], DEFAULT_RATE_LIMITS[name])
  }
  return { store, redisUrl: rateLimit.redisUrl, redisNamespace: rateLimit.redisNamespace || undefined, ...windows }
}
