"use server"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { getVisitorHeaders } from "@/lib/data/visitor"

const RAILS = new Set(["for-you", "also-bought"])
const PRODUCT_ID = /^prod_[0-9A-Za-z]{1,60}$/

/**
 * Reports what a recommendation rail showed (impression) or what was
 * clicked. The backend records it only when the shopper consented to
 * tracking; this action forwards who the shopper is and nothing else.
 */
export async function reportRecommendationEvent(type: "impression" | "click", rail: string, productIds: string[]): Promise<void> {
  const ids = productIds.filter((id) => PRODUCT_ID.test(id)).slice(0, 50)
  if (!RAILS.has(rail) || !ids.length || (type !== "impression" && type !== "click")) return
  try {
    await fetch(`${BACKEND_URL}/store/recommendations/events`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}),
        ...(await getAuthHeaders()),
        ...(await getVisitorHeaders()),
      },
      body: JSON.stringify({ type, rail, product_ids: type === "click" ? ids.slice(0, 1) : ids }),
      cache: "no-store",
      signal: AbortSignal.timeout(2000),
    })
  } catch {
    // Click-through is statistics: a lost report must never disturb shopping.
  }
}
