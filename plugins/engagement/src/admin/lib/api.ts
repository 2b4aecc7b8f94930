/** The engagement admin routes, as the admin page and widgets read them (same-origin session). */

export type ProductFigure = { product_id: string; product_title: string | null }

export type EngagementStats = {
  from: string
  to: string
  totals: { views: number; viewers: number; wishlist_adds: number; purchases: number }
  most_viewed: (ProductFigure & { views: number; viewers: number })[]
  most_wishlisted: (ProductFigure & { adds: number; still_wishlisted: number })[]
  conversion: (ProductFigure & { viewers: number; buyers: number; rate: number })[]
}

export type CustomerEngagement = {
  customer_id: string
  consent: { granted: boolean; updated_at: string } | null
  purchases: {
    id: string
    order_id: string
    order_display_id: number | null
    product_title: string | null
    variant_title: string | null
    quantity: number
    returned_quantity: number
    purchased_at: string
    canceled_at: string | null
  }[]
  wishlist: (ProductFigure & { created_at: string })[]
  recently_viewed: (ProductFigure & { viewed_at: string })[]
}

export async function adminFetch<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: "include" })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (data as { message?: unknown } | null)?.message
    throw new Error(typeof message === "string" ? message : `Request failed (${res.status})`)
  }
  return data as T
}

export function formatDate(value: string): string {
  return new Date(value).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })
}

export function formatTime(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** YYYY-MM-DD of a date, for <input type="date">. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
