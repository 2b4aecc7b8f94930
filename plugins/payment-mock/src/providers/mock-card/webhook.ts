import crypto from "crypto"
import { z } from "@medusajs/framework/zod"

/**
 * Signed processor events, delivered to Medusa's POST /hooks/payment/mock-card_mock-card.
 *
 *   mock-card-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *
 * The same scheme as the large processors: a timestamp against replays and a
 * constant-time comparison.
 */
export const SIGNATURE_HEADER = "mock-card-signature"
export const SIGNATURE_TOLERANCE_SECONDS = 300

export const WEBHOOK_EVENT_TYPES = [
  "payment.authorized",
  "payment.captured",
  "payment.failed",
  "payment.requires_action",
] as const

export const MockCardWebhookEvent = z
  .object({
    id: z.string().min(1).max(100),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    data: z
      .object({
        session_id: z.string().min(1).max(100),
        /** Integer minor units, like every processor amount. */
        amount: z.number().int().nonnegative(),
        currency_code: z.string().regex(/^[a-z]{3}$/),
      })
      .strict(),
  })
  .strict()
export type MockCardWebhookEvent = z.infer<typeof MockCardWebhookEvent>

export function signWebhook(secret: string, rawBody: string, timestamp: number): string {
  const digest = crypto.createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")
  return `t=${timestamp},v1=${digest}`
}

/** True only for a well-formed, fresh signature made with `secret` over exactly `rawBody`. */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string | Buffer,
  header: unknown,
  nowSeconds: number = Math.floor(Date.now() / 1000)
): boolean {
  if (typeof header !== "string") {
    return false
  }
  const parts = new Map(
    header.split(",").map((part) => {
      const index = part.indexOf("=")
      return [part.slice(0, index).trim(), part.slice(index + 1).trim()] as const
    })
  )
  const timestamp = Number(parts.get("t"))
  const signature = parts.get("v1") ?? ""
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    return false
  }
  if (!/^[0-9a-f]{64}$/.test(signature)) {
    return false
  }
  const body = typeof rawBody === "string" ? rawBody : rawBody.toString("utf8")
  const expected = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest()
  return crypto.timingSafeEqual(expected, Buffer.from(signature, "hex"))
}
