import crypto from "crypto"
import Redis from "ioredis"
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible"
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible"
import type { LimitWindow, ResolvedRateLimitOptions } from "../../lib/options"

export const RATE_LIMIT_TABLE = "customer_accounts_rate_limit"

/** When a client may try again; `retryAfterSeconds` feeds the Retry-After header. */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Limiters = {
  loginPerAccountAndClient: RateLimiterAbstract
  loginPerAccount: RateLimiterAbstract
  loginPerIp: RateLimiterAbstract
  registrationPerIp: RateLimiterAbstract
  passwordResetPerIp: RateLimiterAbstract
  passwordResetPerAccount: RateLimiterAbstract
}

/** The knex instance Medusa shares with modules (only what we use of it). */
export type KnexLike = { client: unknown }

/** Each failure past the strict per-client limit makes the next attempt on the account wait this much longer. */
export const PROGRESSIVE_DELAY_STEP_MS = 200
export const PROGRESSIVE_DELAY_MAX_MS = 3000

/**
 * Login, registration and password-reset throttling with
 * rate-limiter-flexible. The counters live in PostgreSQL (the app's database,
 * table customer_accounts_rate_limit) or in Redis, so every server process
 * sees the same numbers; an in-memory "insurance" limiter takes over while
 * the store is unreachable.
 *
 * Every attempt is counted BEFORE the password is verified (one atomic
 * increment per counter), so concurrent attempts cannot slip past the limit
 * between a check and a later count. A successful login gives its points back.
 *
 * Keys are SHA-256 digests: the table never holds a login name, an email or
 * an IP address in clear.
 */
export class AccountThrottle {
  private limiters_: Limiters | undefined
  private redis_: Redis | undefined

  constructor(
    private readonly options_: ResolvedRateLimitOptions,
    private readonly knex_: () => KnexLike
  ) {}

  /**
   * Counts one login attempt on `account` from `ip` and answers whether it may
   * be verified. Three counters: (account, client) strictly, the account from
   * everywhere with a much higher ceiling, and the client over all accounts.
   * Once an account has seen more failures than the strict limit, attempts on
   * it wait progressively longer (only then: a normal login is not slowed).
   */
  async beginLogin(account: string, ip: string): Promise<ThrottleVerdict> {
    const { loginPerAccountAndClient, loginPerAccount, loginPerIp } = this.limiters()
    const results = await Promise.all([
      consume(loginPerAccountAndClient, digest(`${account}\u0000${ip}`)),
      consume(loginPerAccount, digest(account)),
      consume(loginPerIp, digest(ip)),
    ])
    const refused = worst(results.map((r) => r.verdict))
    if (!refused.allowed) {
      return refused
    }
    const accountAttempts = results[1].consumedPoints
    const beyondStrict = accountAttempts - 1 - this.options_.loginFailuresPerAccountAndClient.points
    if (beyondStrict > 0) {
      await sleep(Math.min(beyondStrict * PROGRESSIVE_DELAY_STEP_MS, PROGRESSIVE_DELAY_MAX_MS))
    }
    return { allowed: true }
  }

  /**
   * The password was right: the account's counts start again (only its owner
   * can do that) and the client gets this attempt back. The client's other
   * failures stay, or an attacker could clear them by logging into an account
   * of their own.
   */
  async loginSucceeded(account: string, ip: string): Promise<void> {
    const { loginPerAccountAndClient, loginPerAccount, loginPerIp } = this.limiters()
    await Promise.all([
      loginPerAccountAndClient.delete(digest(`${account}\u0000${ip}`)),
      loginPerAccount.delete(digest(account)),
      loginPerIp.reward(digest(ip), 1),
    ])
  }

  /** Counts one registration attempt from this IP; refuses once the window is full. */
  async consumeRegistration(ip: string): Promise<ThrottleVerdict> {
    return (await consume(this.limiters().registrationPerIp, digest(ip))).verdict
  }

  /** Counts one password-reset request for `account` from `ip`. */
  async consumePasswordReset(account: string, ip: string): Promise<ThrottleVerdict> {
    const { passwordResetPerIp, passwordResetPerAccount } = this.limiters()
    const results = await Promise.all([
      consume(passwordResetPerIp, digest(ip)),
      consume(passwordResetPerAccount, digest(account)),
    ])
    return worst(results.map((r) => r.verdict))
  }

  async close(): Promise<void> {
    this.redis_?.disconnect()
    this.redis_ = undefined
  }

  /** Built on first use: the database connection is only ready once the app has started. */
  private limiters(): Limiters {
    this.limiters_ ??= {
      loginPerAccountAndClient: this.create("cust_login_account_client", this.options_.loginFailuresPerAccountAndClient),
      loginPerAccount: this.create("cust_login_account_all", this.options_.loginFailuresPerAccount),
      loginPerIp: this.create("cust_login_ip_all", this.options_.loginFailuresPerIp),
      registrationPerIp: this.create("cust_register_ip", this.options_.registrationsPerIp),
      passwordResetPerIp: this.create("cust_reset_ip", this.options_.passwordResetsPerIp),
      passwordResetPerAccount: this.create("cust_reset_account", this.options_.passwordResetsPerAccount),
    }
    return this.limiters_
  }

  private create(keyPrefix: string, limit: LimitWindow): RateLimiterAbstract {
    const base = { keyPrefix, points: limit.points, duration: limit.durationSeconds }
    const insuranceLimiter = new RateLimiterMemory(base)
    switch (this.options_.store) {
      case "memory":
        return insuranceLimiter
      case "redis":
        this.redis_ ??= new Redis(this.options_.redisUrl as string, { enableOfflineQueue: false, lazyConnect: false })
        return new RateLimiterRedis({
          ...base,
          keyPrefix: this.options_.redisNamespace ? `${this.options_.redisNamespace}:${keyPrefix}` : keyPrefix,
          storeClient: this.redis_,
          insuranceLimiter,
        })
      case "postgres":
        return new RateLimiterPostgres({
          ...base,
          storeClient: this.knex_(),
          storeType: "knex",
          tableName: RATE_LIMIT_TABLE,
          // The module's migration creates the table.
          tableCreated: true,
          insuranceLimiter,
        })
    }
  }
}

function digest(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex")
}

type Consumed = { verdict: ThrottleVerdict; consumedPoints: number }

/** One atomic increment; over the limit the counter still grows, so the window is not cut short. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    const res = await limiter.consume(key, 1)
    return { verdict: { allowed: true }, consumedPoints: res.consumedPoints }
  } catch (rejection) {
    if (isRateLimiterRes(rejection)) {
      return {
        verdict: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) },
        consumedPoints: rejection.consumedPoints,
      }
    }
    throw rejection
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function worst(verdicts: ThrottleVerdict[]): ThrottleVerdict {
  let result: ThrottleVerdict = { allowed: true }
  for (const v of verdicts) {
    if (!v.allowed && (result.allowed || v.retryAfterSeconds > result.retryAfterSeconds)) {
      result = v
    }
  }
  return result
}

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === "object" && value !== null && "msBeforeNext" in value && !(value instanceof Error)
}
