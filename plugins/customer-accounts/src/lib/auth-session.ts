import type { AuthContext, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendError } from "@shop/api-v1/lib/errors"
import { clientAddressOf } from "./client-ip"

export type AuthenticatedRequest = MedusaRequest & { auth_context?: AuthContext }

type SessionLike = {
  auth_context?: AuthContext
  regenerate(callback: (error?: unknown) => void): void
  save(callback: (error?: unknown) => void): void
  destroy(callback: (error?: unknown) => void): void
}

function sessionOf(req: MedusaRequest): SessionLike | undefined {
  return req.session as SessionLike | undefined
}

/**
 * Logs the browser in the way Medusa's POST /auth/session does (the auth
 * context in the express session), on a fresh session id so a session id
 * planted before login is worthless afterwards.
 */
export async function startCustomerSession(req: MedusaRequest, authContext: AuthContext): Promise<void> {
  const session = sessionOf(req)
  if (!session) return
  await new Promise<void>((resolve, reject) => session.regenerate((error) => (error ? reject(error) : resolve())))
  const fresh = sessionOf(req) as SessionLike
  fresh.auth_context = authContext
  await new Promise<void>((resolve, reject) => fresh.save((error) => (error ? reject(error) : resolve())))
}

/** Ends the session like Medusa's DELETE /auth/session and clears its cookie. */
export async function endCustomerSession(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const { sessionOptions, cookieOptions } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const cookieName = sessionOptions?.name ?? "connect.sid"
  const session = sessionOf(req)
  try {
    if (session) {
      await new Promise<void>((resolve, reject) => session.destroy((error) => (error ? reject(error) : resolve())))
    }
  } finally {
    res.clearCookie(cookieName, cookieOptions ?? {})
  }
}

/**
 * api/v1 routes live outside /store, so Medusa does not authenticate them:
 * this reads the customer from the session cookie or the bearer token and
 * answers the contract's 401 when there is none. An auth identity without a
 * customer yet (registered through /auth/customer/emailpass/register only)
 * is not a logged-in customer.
 */
export function authenticateCustomer() {
  const medusaAuthenticate = authenticate("customer", ["session", "bearer"], {
    allowUnauthenticated: true,
    requireMfa: true,
  })
  const requireCustomer = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    const context = (req as AuthenticatedRequest).auth_context
    if (!context?.actor_id || context.actor_type !== "customer") {
      return sendError(res, 401, "Unauthorized")
    }
    next()
  }
  return [medusaAuthenticate, requireCustomer]
}

export function customerIdOf(req: MedusaRequest): string {
  return (req as AuthenticatedRequest).auth_context?.actor_id ?? ""
}

export function authIdentityIdOf(req: MedusaRequest): string | undefined {
  return (req as AuthenticatedRequest).auth_context?.auth_identity_id || undefined
}

/** The client address every per-client limit counts by (lib/client-ip.ts: TRUSTED_PROXIES and the storefront's signed header). */
export function clientIp(req: MedusaRequest): string {
  return clientAddressOf(req)
}

