import type { ProductIndexRow } from "../modules/product-index/types"

/** What the collect step reads per product through Query. */
export type IndexedProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  status: string
  created_at: string | Date
  images?: ({ url: string; rank?: number | null } | null)[] | null
  brand?: { name: string } | null
  variants?: (IndexedVariant | null)[] | null
}

export type IndexedVariant = {
  id: string
  calculated_price?: { calculated_amount?: number | string | null; currency_code?: string | null } | null
  inventory_items?: (IndexedInventoryLink | null)[] | null
}

type IndexedInventoryLink = {
  required_quantity?: number | null
  inventory?: {
    location_levels?: ({ location_id: string; stocked_quantity?: number | null; reserved_quantity?: number | null } | null)[] | null
  } | null
}

export type IndexScope = {
  currency_code: string | null
  /** stock locations of the store's default sales channel */
  location_ids: string[]
  /** base for thumbnails stored as a path */
  backend_url: string
}

/** Builds the read-model row of a published product. */
export function toIndexRow(product: IndexedProduct, scope: IndexScope): ProductIndexRow {
  const brand = product.brand?.name ?? null
  const description = product.description ?? null
  return {
    id: product.id,
    name: product.title,
    handle: product.handle,
    description,
    image: absoluteUrl(imageOf(product), scope.backend_url),
    price: lowestPrice(product.variants ?? []),
    currency_code: scope.currency_code,
    brand,
    brand_key: brand === null ? null : fold(brand),
    stock: stockOf(product.variants ?? [], new Set(scope.location_ids)),
    search_text: fold([product.title, description ?? "", brand ?? ""].join("\n")),
    sort_name: fold(product.title),
    product_created_at: new Date(product.created_at).toISOString(),
  }
}

/** Case- and composition-insensitive form used by `q`, `brand` and name ordering (lowered in JS, not by the database's locale). */
export function fold(text: string): string {
  return text.normalize("NFC").toLowerCase()
}

/** The thumbnail, or else the first image by rank. */
function imageOf(product: IndexedProduct): string | null {
  if (product.thumbnail) return product.thumbnail
  const images = (product.images ?? []).filter((i): i is { url: string; rank?: number | null } => !!i?.url)
  images.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  return images[0]?.url ?? null
}

function absoluteUrl(url: string | null, base: string): string | null {
  if (!url) return null
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url
  return new URL(url, base.endsWith("/") ? base : `${base}/`).toString()
}

/**
 * The lowest calculated price among the variants, as the decimal string
 * Medusa gives (prices are compared, never computed).
 */
function lowestPrice(variants: (IndexedVariant | null)[]): string | null {
  let lowest: { value: number; text: string } | null = null
  for (const variant of variants) {
    const amount = variant?.calculated_price?.calculated_amount
    if (amount === null || amount === undefined || amount === "") continue
    const value = Number(amount)
    if (!Number.isFinite(value)) continue
    if (!lowest || value < lowest.value) lowest = { value, text: String(amount) }
  }
  return lowest?.text ?? null
}

/**
 * Units available now over the channel's locations: per variant, like
 * Medusa's own availability, the fewest sets of its inventory items the
 * stocked − reserved quantities allow; summed over the variants; never
 * below zero. A variant without inventory items counts as 0.
 */
export function stockOf(variants: (IndexedVariant | null)[], locations: Set<string>): number {
  let total = 0
  for (const variant of variants) {
    const links = (variant?.inventory_items ?? []).filter((l): l is IndexedInventoryLink => !!l)
    if (!links.length) continue
    let sets = Infinity
    for (const link of links) {
      const required = Math.max(1, Number(link.required_quantity ?? 1))
      let available = 0
      for (const level of link.inventory?.location_levels ?? []) {
        if (!level || !locations.has(level.location_id)) continue
        available += Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
      }
      sets = Math.min(sets, Math.floor(Math.max(0, available) / required))
    }
    total += Number.isFinite(sets) ? sets : 0
  }
  return Math.max(0, total)
}
