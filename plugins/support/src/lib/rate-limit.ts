import crypto from "crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"
import type { RequesterKey } from "../modules/support/service"

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

/**
 * The keys a new request is counted under: the customer when logged in;
 * a guest by IP address and by email address.
 */
export function requesterKeys(req: MedusaRequest, guestEmail: string | undefined): RequesterKey {
  const customerId = customerIdOf(req)
  if (customerId) {
    return { customer_id: customerId }
  }
  return { requester_ip_hash: hashIp(req.ip), email: guestEmail }
}

/**
 * Middleware for POST /store/support-requests (after body validation):
 * 429 with Retry-After once the requester opened `max` requests in the window.
 * Counted in the database, so it holds across server processes.
 */
export async function limitNewSupportRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { max, windowSeconds } = supportRateLimit()
    const body = (req as MedusaRequest & { validatedBody?: { email?: string } }).validatedBody
    const keys = requesterKeys(req, body?.email)
    const service: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
    const since = new Date(Date.now() - windowSeconds * 1000)
    const { count, oldest } = await service.listRequestsOpenedSince(keys, since)
    if (count < max) {
      return next()
    }
    const retryAfter = oldest
      ? Math.max(1, Math.ceil((oldest.getTime() + windowSeconds * 1000 - Date.now()) / 1000))
      : windowSeconds
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many support requests: at most ${max} per ${Math.round(windowSeconds / 60)} minutes. Try again in ${Math.ceil(retryAfter / 60)} minutes, or reply to one of your open requests.`,
    })
  } catch (error) {
    next(error)
  }
}
