import crypto from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A guest reads and answers their request with a token bound to the request:
 * an HMAC of its id under the app's cookie secret. Nothing is stored, so every
 * reply email can carry the link again; a changed secret retires all links.
 */
export const SUPPORT_TOKEN_HEADER = "x-support-token"

function secretOf(container: MedusaContainer): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const http = config.projectConfig.http
  return process.env.SUPPORT_TOKEN_SECRET || String(http.cookieSecret || http.jwtSecret || "")
}

export function guestTokenFor(container: MedusaContainer, requestId: string): string {
  return crypto.createHmac("sha256", secretOf(container)).update(`support-request:${requestId}`).digest("base64url")
}

export function guestTokenMatches(container: MedusaContainer, requestId: string, token: string | undefined): boolean {
  if (!token) return false
  const expected = Buffer.from(guestTokenFor(container, requestId))
  const given = Buffer.from(token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
