import "server-only"
import { cache } from "react"
import { getAuthToken } from "@/lib/data/cookies"
import { engagementFetch } from "@/lib/data/engagement"

export type WishlistEntry = {
  id: string
  product_id: string
  created_at: string
  product: { id: string; title: string; handle: string; thumbnail: string | null; variants: { id: string; title: string | null }[] } | null
}

/** The logged-in shopper's wishlist (empty for a guest). */
export async function getWishlist(): Promise<WishlistEntry[]> {
  const token = await getAuthToken()
  if (!token) return []
  const result = await engagementFetch<{ wishlist: { items: WishlistEntry[] } }>("/store/wishlist", { token, visitorId: null })
  return result.ok ? result.data.wishlist.items : []
}

/** Product ids on the wishlist, read once per request however many hearts the page shows. */
export const getWishlistProductIds = cache(async (): Promise<Set<string>> => {
  return new Set((await getWishlist()).map((i) => i.product_id))
})
