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
    /** failed logins per account (username or email) */
    loginFailuresPerLogin?: Partial<LimitWindow>
    /** failed logins per client IP */
    loginFailuresPerIp?: Partial<LimitWindow>
    /** registration attempts per client IP */
    registrationsPerIp?: Partial<LimitWindow>
  }
}

export type ResolvedRateLimitOptions = {
  store: "postgres" | "redis" | "memory"
  redisUrl?: string
  redisNamespace?: string
  loginFailuresPerLogin: LimitWindow
  loginFailuresPerIp: LimitWindow
  registrationsPerIp: LimitWindow
}

export const DEFAULT_RATE_LIMITS = {
  loginFailuresPerLogin: { points: 10, durationSeconds: 15 * 60 },
  loginFailuresPerIp: { points: 10, durationSeconds: 15 * 60 },
  registrationsPerIp: { points: 20, durationSeconds: 60 * 60 },
} as const

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
  return {
    store,
    redisUrl: rateLimit.redisUrl,
    redisNamespace: rateLimit.redisNamespace || undefined,
    loginFailuresPerLogin: window("loginFailuresPerLogin", rateLimit.loginFailuresPerLogin, DEFAULT_RATE_LIMITS.loginFailuresPerLogin),
    loginFailuresPerIp: window("loginFailuresPerIp", rateLimit.loginFailuresPerIp, DEFAULT_RATE_LIMITS.loginFailuresPerIp),
    registrationsPerIp: window("registrationsPerIp", rateLimit.registrationsPerIp, DEFAULT_RATE_LIMITS.registrationsPerIp),
  }
}
