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
