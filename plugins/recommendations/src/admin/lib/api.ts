/** The recommendation admin routes, as the admin page and widget read them (same-origin session). */

export type RailStats = { rail: string; impressions: number; clicks: number; ctr: number | null }
export type ClickThrough = { from: string; to: string; rails: RailStats[]; days: (RailStats & { day: string })[] }

export type RecommendedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  currency_code: string | null
  brand: string | null
  stock: number
  score: number
  reason: "similar" | "affinity" | "bestseller" | "trending" | "new"
}

export type CustomerRecommendations = { customer_id: string; personalized: boolean; products: RecommendedProduct[] }

export async function adminFetch<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: "include" })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (data as { message?: unknown } | null)?.message
    throw new Error(typeof message === "string" ? message : `Request failed (${res.status})`)
  }
  return data as T
}

export const RAIL_LABELS: Record<string, string> = {
  "for-you": "Recommended for you (home)",
  "also-bought": "Customers also bought (product page)",
}

export const REASON_LABELS: Record<RecommendedProduct["reason"], string> = {
  similar: "bought/viewed together",
  affinity: "brand/category affinity",
  bestseller: "bestseller",
  trending: "trending",
  new: "new",
}

export function percent(ctr: number | null): string {
  return ctr === null ? "–" : `${(ctr * 100).toFixed(1)} %`
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
