import crypto from "crypto"
import Redis from "ioredis"
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible"
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible"
import type { LimitWindow, ResolvedRateLimitOptions } from "../../lib/options"

export const RATE_LIMIT_TABLE = "customer_accounts_rate_limit"

/** When a client may try again; `retryAfterSeconds` feeds the Retry-After header. */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Limiters = {
  loginPerLogin: RateLimiterAbstract
  loginPerIp: RateLimiterAbstract
  registrationPerIp: RateLimiterAbstract
}

/** The knex instance Medusa shares with modules (only what we use of it). */
export type KnexLike = { client: unknown }

/**
 * Login and registration throttling with rate-limiter-flexible. The counters
 * live in PostgreSQL (the app's database, table customer_accounts_rate_limit)
 * or in Redis, so every server process sees the same numbers; an in-memory
 * "insurance" limiter takes over while the store is unreachable.
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

  /** Answers whether this login (account) and this IP may try to log in now. */
  async checkLogin(login: string, ip: string): Promise<ThrottleVerdict> {
    const { loginPerLogin, loginPerIp } = this.limiters()
    const [byLogin, byIp] = await Promise.all([loginPerLogin.get(digest(login)), loginPerIp.get(digest(ip))])
    return worst([
      verdict(byLogin, this.options_.loginFailuresPerLogin),
      verdict(byIp, this.options_.loginFailuresPerIp),
    ])
  }

  /** Counts one failed login against the account and against the client IP. */
  async recordLoginFailure(login: string, ip: string): Promise<void> {
    const { loginPerLogin, loginPerIp } = this.limiters()
    await Promise.all([loginPerLogin.penalty(digest(login), 1), loginPerIp.penalty(digest(ip), 1)])
  }

  /**
   * A successful login clears the account's failures. The IP's count stays:
   * otherwise an attacker could reset it by logging into an account of their own.
   */
  async recordLoginSuccess(login: string): Promise<void> {
    await this.limiters().loginPerLogin.delete(digest(login))
  }

  /** Counts one registration attempt from this IP; refuses once the window is full. */
  async consumeRegistration(ip: string): Promise<ThrottleVerdict> {
    try {
      await this.limiters().registrationPerIp.consume(digest(ip), 1)
      return { allowed: true }
    } catch (rejection) {
      if (isRateLimiterRes(rejection)) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
      }
      throw rejection
    }
  }

  async close(): Promise<void> {
    this.redis_?.disconnect()
    this.redis_ = undefined
  }

  /** Built on first use: the database connection is only ready once the app has started. */
  private limiters(): Limiters {
    this.limiters_ ??= {
      loginPerLogin: this.create("cust_login_account", this.options_.loginFailuresPerLogin),
      loginPerIp: this.create("cust_login_ip", this.options_.loginFailuresPerIp),
      registrationPerIp: this.create("cust_register_ip", this.options_.registrationsPerIp),
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

function verdict(res: RateLimiterRes | null, limit: LimitWindow): ThrottleVerdict {
  if (!res || res.consumedPoints < limit.points) {
    return { allowed: true }
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }
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
