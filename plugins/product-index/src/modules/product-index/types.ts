export const PRODUCT_INDEX_ORDERS = ["name", "price", "-price", "created_at", "-created_at"] as const
export type ProductIndexOrder = (typeof PRODUCT_INDEX_ORDERS)[number]

/** One row of the read model, as the refresh workflow computes it. */
export type ProductIndexRow = {
  id: string
  name: string
  handle: string
  description: string | null
  image: string | null
  /** decimal string in major units ("2.49"), or null when no variant has a price */
  price: string | null
  currency_code: string | null
  brand: string | null
  brand_key: string | null
  stock: number
  search_text: string
  sort_name: string
  product_created_at: string
}

export type ProductIndexSearch = {
  /** already lower-cased */
  q?: string
  /** already lower-cased */
  brand?: string
  limit: number
  offset: number
  order: ProductIndexOrder
}

/** A page of the listing: the JSON array text as served, and the total before paging. */
export type ProductIndexPage = { total: number; json: string }

/** What a write changed, so a compensation can put it back. */
export type ProductIndexWriteUndo = { previous: ProductIndexRow[]; touched_ids: string[] }

/** The rating shown with a product: the average (2 decimals) and how many ratings it is over. */
export type ProductRating = { product_id: string; rating: number | null; rating_count: number }
