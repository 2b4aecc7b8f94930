/** The reviews admin routes, as the admin page and widget read them (same-origin session). */

export type ReviewStatus = "pending" | "approved" | "rejected"

export type AdminReview = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  author_name: string
  verified_purchase: boolean
  helpful_count: number
  reply: string | null
  replied_at: string | null
  created_at: string
  status: ReviewStatus
  product: { id: string; title: string | null; thumbnail: string | null } | null
  customer_id: string | null
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

export type ReviewAggregate = { average: number | null; count: number; histogram: Record<string, number> }

export type AdminReviewList = {
  reviews: AdminReview[]
  count: number
  offset: number
  limit: number
  aggregate?: ReviewAggregate
}

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (data as { message?: unknown } | null)?.message
    throw new AdminApiError(res.status, typeof message === "string" ? message : `Request failed (${res.status})`)
  }
  return data as T
}

export const STATUS_LABELS: Record<ReviewStatus, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected" }
export const STATUS_COLORS: Record<ReviewStatus, "orange" | "green" | "red"> = { pending: "orange", approved: "green", rejected: "red" }

/** Five characters of stars, as plain text ("★★★★☆"). */
export function stars(rating: number): string {
  const full = Math.max(0, Math.min(5, Math.round(rating)))
  return "★".repeat(full) + "☆".repeat(5 - full)
}

export function formatTime(value: string | null): string {
  return value ? new Date(value).toLocaleString() : "–"
}
