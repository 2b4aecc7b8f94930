import "server-only"
import type { CatalogueProduct } from "@/lib/data/products"
import { listBestsellers, listProducts } from "@/lib/data/products"

export type HomeRail = { id: string; title: string; products: CatalogueProduct[]; moreHref?: string }

/**
 * The home page's product rails, in order. Personal recommendations plug in
 * here as one more rail (e.g. first, for a logged-in shopper) without
 * touching the page or its template.
 */
export async function getHomeRails(): Promise<HomeRail[]> {
  const [newArrivals, bestsellers] = await Promise.all([
    listProducts({ order: "-created_at", limit: 4 }),
    listBestsellers(4),
  ])
  return [
    { id: "new-arrivals", title: "New arrivals", products: newArrivals.products, moreHref: "/products?order=-created_at" },
    { id: "bestsellers", title: "Bestsellers", products: bestsellers },
  ]
}
