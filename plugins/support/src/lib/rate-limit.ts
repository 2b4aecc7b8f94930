import crypto from "crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddressOf } from "@shop/customer-accounts/lib/client-ip"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible"
import { RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible"

export type SupportRateLimit = { max: number; windowSeconds: number }

/** SUPPORT_RATE_LIMIT_MAX new requests (default 5) per SUPPORT_RATE_LIMIT_WINDOW_SECONDS (default 3600). */
export function supportRateLimit(env: NodeJS.ProcessEnv = process.env): SupportRateLimit {
  const max = Number.parseInt(env.SUPPORT_RATE_LIMIT_MAX ?? "", 10)
  const windowSeconds = Number.parseInt(env.SUPPORT_RATE_LIMIT_WINDOW_SECONDS ?? "", 10)
  return {
    max: Number.isFinite(max) && max > 0 ? max : 5,
    windowSeconds: Number.isFinite(windowSeconds) && windowSeconds > 0 ? windowSeconds : 3600,
  }
}

export function hashIp(ip: string | undefined): string | undefined {
  return ip ? crypto.createHash("sha256").update(`support-ip:${ip}`).digest("hex") : undefined
}

/** The requester's client address (TRUSTED_PROXIES and the storefront's signed header, see @shop/customer-accounts). */
export function requesterIp(req: MedusaRequest): string {
  return clientAddressOf(req)
}

/**
 * The keys a new request is counted under: the customer when logged in;
 * a guest by IP address and by email address (hashed, like the stored IP).
 */
export function requesterKeys(req: MedusaRequest, guestEmail: string | undefined): string[] {
  const customerId = customerIdOf(req)
  if (customerId) return [`customer:${customerId}`]
  const keys = [`ip:${hashIp(requesterIp(req))}`]
  if (guestEmail) keys.push(`email:${crypto.createHash("sha256").update(guestEmail.trim().toLowerCase()).digest("hex")}`)
  return keys
}

export const SUPPORT_RATE_LIMIT_TABLE = "support_rate_limit"

const limiters = new Map<string, RateLimiterAbstract>()

/**
 * One rate-limiter-flexible counter per key in PostgreSQL (table
 * support_rate_limit), so every server process sees the same count, with an
 * in-memory limiter while the database is unreachable.
 */
function limiterFor(req: MedusaRequest, { max, windowSeconds }: SupportRateLimit): RateLimiterAbstract {
  const id = `${max}:${windowSeconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const base = { keyPrefix: "support_new", points: max, duration: windowSeconds }
    limiter = new RateLimiterPostgres({
      ...base,
      storeClient: req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
      storeType: "knex",
      tableName: SUPPORT_RATE_LIMIT_TABLE,
      // The support module's migration creates the table.
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(base),
    })
    limiters.set(id, limiter)
  }
  return limiter
}

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === "object" && value !== null && "msBeforeNext" in value && !(value instanceof Error)
}

/**
 * Middleware for POST /store/support-requests (after body validation):
 * counts the request BEFORE it is created, one atomic increment per key, and
 * answers 429 with Retry-After once a key has used up the window. Requests
 * sent at the same moment cannot all pass a check made before any of them
 * is stored.
 */
export async function limitNewSupportRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const limit = supportRateLimit()
    const body = (req as MedusaRequest & { validatedBody?: { email?: string } }).validatedBody
    const limiter = limiterFor(req, limit)
    let retryAfter = 0
    for (const key of requesterKeys(req, body?.email)) {
      try {
        await limiter.consume(key, 1)
      } catch (rejection) {
        if (!isRateLimiterRes(rejection)) throw rejection
        retryAfter = Math.max(retryAfter, Math.ceil(rejection.msBeforeNext / 1000), 1)
      }
    }
    if (!retryAfter) {
      return next()
    }
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many support requests: at most ${limit.max} per ${Math.round(limit.windowSeconds / 60)} minutes. Try again in ${Math.ceil(retryAfter / 60)} minutes, or reply to one of your open requests.`,
    })
  } catch (error) {
    next(error)
  }
}
