/** Sort orders GET /api/v1/product/ accepts, as offered on the product index. */
export const SORT_OPTIONS = [
  { value: "name", label: "Name (A–Z)" },
  { value: "-created_at", label: "Newest" },
  { value: "price", label: "Price: low to high" },
  { value: "-price", label: "Price: high to low" },
] as const

export type SortValue = (typeof SORT_OPTIONS)[number]["value"]

export function sortValue(raw: string | undefined): SortValue {
  return SORT_OPTIONS.some((o) => o.value === raw) ? (raw as SortValue) : "name"
}

export const PAGE_SIZE = 12

/** Stock shown to shoppers: exact counts only when few are left. */
export const LOW_STOCK = 3

export type StockLevel = { kind: "sold-out" | "low" | "in-stock"; label: string }

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return { kind: "sold-out", label: "Sold out" }
  if (stock <= LOW_STOCK) return { kind: "low", label: `Only ${stock} left` }
  return { kind: "in-stock", label: "In stock" }
}
