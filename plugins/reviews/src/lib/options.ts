/**
 * The plugin's options (medusa-config.ts → plugins → "@shop/reviews"); Medusa
 * hands them to the reviews module, which checks them once at start-up.
 * Each falls back to an environment variable, then to its default.
 */
export type ReviewsOptions = {
  /** Logged-in customers who did not buy the product may review it (shown without the badge). Default false. */
  allowUnverified?: boolean
  /** Reviews rated at or above this (1–5) are approved at once; default: none, all wait for moderation. */
  autoApproveMinRating?: number | null
  /** Days after shipment the "how was your order?" email goes out. Default 7. */
  reviewRequestDelayDays?: number
}

export type ResolvedReviewsOptions = {
  allowUnverified: boolean
  autoApproveMinRating: number | null
  reviewRequestDelayDays: number
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined
  if (/^(1|true|yes|on)$/i.test(value)) return true
  if (/^(0|false|no|off)$/i.test(value)) return false
  throw new Error(`@shop/reviews: "${value}" is not a boolean`)
}

function number(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined
  const n = Number(value)
  if (!Number.isFinite(n)) throw new Error(`@shop/reviews: "${value}" is not a number`)
  return n
}

export function resolveReviewsOptions(options: ReviewsOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedReviewsOptions {
  const allowUnverified = options.allowUnverified ?? flag(env.REVIEWS_ALLOW_UNVERIFIED) ?? false
  const autoApprove =
    options.autoApproveMinRating !== undefined ? options.autoApproveMinRating : (number(env.REVIEWS_AUTO_APPROVE_MIN_RATING) ?? null)
  const delay = options.reviewRequestDelayDays ?? number(env.REVIEWS_REQUEST_DELAY_DAYS) ?? 7
  if (typeof allowUnverified !== "boolean") {
    throw new Error("@shop/reviews: allowUnverified must be true or false")
  }
  if (autoApprove !== null && !(Number.isInteger(autoApprove) && autoApprove >= 1 && autoApprove <= 5)) {
    throw new Error(`@shop/reviews: autoApproveMinRating must be a whole number from 1 to 5 (got ${String(autoApprove)})`)
  }
  if (!(Number.isFinite(delay) && delay >= 0 && delay <= 365)) {
    throw new Error(`@shop/reviews: reviewRequestDelayDays must be from 0 to 365 (got ${String(delay)})`)
  }
  return { allowUnverified, autoApproveMinRating: autoApprove, reviewRequestDelayDays: delay }
}
