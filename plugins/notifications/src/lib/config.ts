/**
 * Delivery settings, read from the environment once (see README):
 * EMAIL_MAX_ATTEMPTS, EMAIL_RETRY_BASE_SECONDS, EMAIL_RETRY_MAX_SECONDS,
 * EMAIL_RETRY_POLL_SECONDS, MERCHANT_EMAIL, PASSWORD_RESET_URL, ADMIN_URL.
 */
function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number (got "${raw}")`)
  }
  return value
}

export const deliveryConfig = {
  /** Attempts per mail, the first included. */
  maxAttempts: Math.floor(positiveNumber("EMAIL_MAX_ATTEMPTS", 6)),
  /** Wait after the first failure; doubles after each further failure. */
  retryBaseSeconds: positiveNumber("EMAIL_RETRY_BASE_SECONDS", 30),
  retryMaxSeconds: positiveNumber("EMAIL_RETRY_MAX_SECONDS", 3600),
  /** How often the retry job looks for due mails. */
  pollSeconds: positiveNumber("EMAIL_RETRY_POLL_SECONDS", 15),
}

/** Seconds to wait after the given (1-based) failed attempt: base · 2^(n-1), capped. */
export function retryDelaySeconds(failedAttempt: number): number {
  const delay = deliveryConfig.retryBaseSeconds * 2 ** Math.max(0, failedAttempt - 1)
  return Math.min(delay, deliveryConfig.retryMaxSeconds)
}

/** Replies to customer mails go to the merchant. */
export function merchantEmail(): string | undefined {
  return process.env.MERCHANT_EMAIL?.trim() || undefined
}

export function passwordResetUrl(kind: "customer" | "user", token: string, email: string): string {
  const params = new URLSearchParams({ token, email }).toString()
  if (kind === "user") {
    const admin = (process.env.ADMIN_URL || `${process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000"}/app`).replace(/\/+$/, "")
    return `${admin}/reset-password?${params}`
  }
  const base = process.env.PASSWORD_RESET_URL || `${(process.env.STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/+$/, "")}/account/reset-password`
  return `${base}${base.includes("?") ? "&" : "?"}${params}`
}
