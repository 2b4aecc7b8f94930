import "server-only"
import { sdk } from "@/lib/config"
import { apiV1 } from "@/lib/data/api-v1"
import { tags } from "@/lib/data/cache-tags"
import { getBestsellerIds } from "@/lib/data/recommendations"
import type { SortValue } from "@/lib/util/catalogue"

/** One product in the shape of GET /api/v1/product/ (see the api contract). */
export type CatalogueProduct = {
  id: string
  handle: string
  name: string
  image: string | null
  /** lowest variant price, major units */
  price: number
  currency_code: string
  description: string | null
  brand: string | null
  /** units available to sell now */
  stock: number
  rating?: number | null
  rating_count?: number | null
}

export type ProductQuery = {
  q?: string
  brand?: string
  order?: SortValue
  limit?: number
  offset?: number
}

// The product index answers from its own fresh cache within milliseconds, so
// the storefront keeps catalogue pages only briefly (tag `products`, updated
// at once when this storefront places an order) and reads a product page's
// stock fresh: it is where the shopper decides to buy.
const CATALOGUE_TTL = 10

export async function listProducts(query: ProductQuery = {}): Promise<{ products: CatalogueProduct[]; count: number }> {
  const result = await apiV1<CatalogueProduct[]>("product/", {
    query: {
      q: query.q?.trim() || undefined,
      brand: query.brand || undefined,
      order: query.order,
      limit: query.limit ?? 12,
      offset: query.offset ?? 0,
    },
    next: { tags: [tags.products], revalidate: CATALOGUE_TTL },
  })
  if (!result.ok) {
    if (result.status === 400) return { products: [], count: 0 }
    throw new Error(`Could not load the catalogue (${result.status} ${result.errorMessage})`)
  }
  const count = Number(result.headers.get("x-total-count"))
  return { products: result.data, count: Number.isFinite(count) ? count : result.data.length }
}

export async function getProduct(id: string): Promise<CatalogueProduct | null> {
  const result = await apiV1<CatalogueProduct>(`product/${encodeURIComponent(id)}/`, { cache: "no-store" })
  if (result.ok) return result.data
  if (result.status === 404 || result.status === 400) return null
  throw new Error(`Could not load the product (${result.status} ${result.errorMessage})`)
}

/**
 * The variant a product page puts into the cart. Our products have one
 * variant each; the first purchasable one is taken. Only the product page
 * needs this (the listing never does).
 */
export async function getProductVariantId(id: string): Promise<string | null> {
  try {
    const { product } = await sdk.client.fetch<{ product: { variants?: { id: string }[] | null } }>(
      `/store/products/${encodeURIComponent(id)}`,
      {
        query: { fields: "id,variants.id" },
        next: { tags: [tags.products, tags.product(id)], revalidate: 3600 },
      }
    )
    return product.variants?.[0]?.id ?? null
  } catch {
    return null
  }
}

/**
 * The whole published catalogue in one cached list (it is small: tens of
 * products). Brands and the bestseller rail are derived from it, so the home
 * page and the filter cost no extra backend calls once it is cached.
 */
async function listAllProducts(): Promise<CatalogueProduct[]> {
  const all: CatalogueProduct[] = []
  const pageSize = 200
  for (let offset = 0; ; offset += pageSize) {
    const result = await apiV1<CatalogueProduct[]>("product/", {
      query: { limit: pageSize, offset, order: "name" },
      next: { tags: [tags.products, tags.brands], revalidate: 60 },
    })
    if (!result.ok) throw new Error(`Could not load the catalogue (${result.status} ${result.errorMessage})`)
    all.push(...result.data)
    const total = Number(result.headers.get("x-total-count"))
    if (result.data.length < pageSize || !Number.isFinite(total) || offset + pageSize >= total) break
  }
  return all
}

/** Every brand that has a published product, with how many. */
export async function listBrands(): Promise<{ name: string; count: number }[]> {
  const counts = new Map<string, number>()
  for (const p of await listAllProducts()) if (p.brand) counts.set(p.brand, (counts.get(p.brand) ?? 0) + 1)
  return [...counts.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Bestsellers: what sold most over the last 30 days (@shop/recommendations),
 * in stock; while the shop has few sales, filled up with the products
 * shoppers rate most often.
 */
export async function listBestsellers(limit = 4): Promise<CatalogueProduct[]> {
  const [all, soldIds] = await Promise.all([listAllProducts(), getBestsellerIds(limit)])
  const inStock = all.filter((p) => p.stock > 0)
  const byId = new Map(inStock.map((p) => [p.id, p]))
  const sold = soldIds.map((id) => byId.get(id)).filter((p): p is CatalogueProduct => p !== undefined)
  const taken = new Set(sold.map((p) => p.id))
  const rated = inStock
    .filter((p) => !taken.has(p.id))
    .sort((a, b) => (b.rating_count ?? 0) - (a.rating_count ?? 0) || (b.rating ?? 0) - (a.rating ?? 0))
  return [...sold, ...rated].slice(0, limit)
}
