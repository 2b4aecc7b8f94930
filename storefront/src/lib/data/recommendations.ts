import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import type { CatalogueProduct } from "@/lib/data/products"
import { getVisitorHeaders } from "@/lib/data/visitor"

/** A recommended product as the store's recommendation routes return it (@shop/recommendations). */
type RecommendedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  currency_code: string | null
  brand: string | null
  stock: number
  reason: string
}

export type RecommendationRail = { rail: "for-you" | "also-bought"; personalized: boolean; products: CatalogueProduct[] }

// A rail is a nice-to-have: a slow or failing backend leaves it out instead of holding up the page.
const TIMEOUT_MS = 2500

async function fetchRail(path: string): Promise<{ personalized?: boolean; products: RecommendedProduct[] } | null> {
  try {
    const res = await fetch(`${BACKEND_URL}${path}`, {
      headers: {
        accept: "application/json",
        ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}),
        ...(await getAuthHeaders()),
        ...(await getVisitorHeaders()),
      },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!res.ok) return null
    return (await res.json()) as { personalized?: boolean; products: RecommendedProduct[] }
  } catch {
    return null
  }
}

function toCatalogueProduct(p: RecommendedProduct): CatalogueProduct | null {
  if (p.price === null || !p.currency_code) return null
  return {
    id: p.id,
    handle: p.handle,
    name: p.title,
    image: p.thumbnail,
    price: p.price,
    currency_code: p.currency_code,
    description: null,
    brand: p.brand,
    stock: p.stock,
  }
}

function products(list: RecommendedProduct[]): CatalogueProduct[] {
  return list.map(toCatalogueProduct).filter((p): p is CatalogueProduct => p !== null)
}

/** Home: personal for a logged-in shopper or a visitor who consented, bestsellers and trending items otherwise. */
export async function getForYou(limit = 4): Promise<RecommendationRail | null> {
  const body = await fetchRail(`/store/recommendations/for-you?limit=${limit}`)
  return body ? { rail: "for-you", personalized: body.personalized === true, products: products(body.products) } : null
}

/** Product page: "Customers also bought". */
export async function getAlsoBought(productId: string, limit = 4): Promise<RecommendationRail | null> {
  const body = await fetchRail(`/store/products/${encodeURIComponent(productId)}/recommendations?limit=${limit}`)
  return body ? { rail: "also-bought", personalized: false, products: products(body.products) } : null
}

/**
 * The shop's bestsellers by sales over the last 30 days (ids, best first).
 * The same for everyone, so cached for a minute; empty while nothing sold.
 */
export async function getBestsellerIds(limit = 4): Promise<string[]> {
  try {
    const res = await fetch(`${BACKEND_URL}/store/recommendations/bestsellers?limit=${limit}`, {
      headers: { accept: "application/json", ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}) },
      next: { revalidate: 60 },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!res.ok) return []
    const body = (await res.json()) as { products?: { id: string }[] }
    return (body.products ?? []).map((p) => p.id)
  } catch {
    return []
  }
}
