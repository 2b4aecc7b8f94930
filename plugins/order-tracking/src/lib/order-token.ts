import crypto from "crypto"

/** A new random order access token: 32 bytes, URL-safe (43 characters). */
export function newOrderAccessToken(): string {
  return crypto.randomBytes(32).toString("base64url")
}

export function hashOrderAccessToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex")
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex")
  const right = Buffer.from(b, "hex")
  return left.length === right.length && left.length > 0 && crypto.timingSafeEqual(left, right)
}

/**
 * The token of a later mail's order link (shipment, cancellation, refund):
 * derived from the order's live token hash with the server's secret, so any
 * mail can carry a working link without a new token revoking the link of the
 * confirmation, and without the raw token being kept. Issuing a new token
 * (the admin's "resend") changes the hash and so revokes these links too.
 */
export function orderLinkToken(secret: string, orderId: string, tokenHash: string): string {
  return crypto.createHmac("sha256", secret).update(`order-link:${orderId}:${tokenHash}`, "utf8").digest("base64url")
}

/** The server secret the link tokens are derived with (JWT_SECRET, as medusa-config.ts reads it). */
export function orderLinkSecret(): string {
  return process.env.JWT_SECRET || "supersecret"
}

/** Compares two strings in constant time. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8")
  const right = Buffer.from(b, "utf8")
  return left.length === right.length && left.length > 0 && crypto.timingSafeEqual(left, right)
}
