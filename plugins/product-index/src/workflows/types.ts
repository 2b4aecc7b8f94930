/**
 * What changed, as events name it. The refresh workflow turns every kind of
 * id into the products it affects; `all` rebuilds the whole index.
 */
export type ProductIndexChanges = {
  all?: boolean
  product_ids?: string[]
  variant_ids?: string[]
  price_ids?: string[]
  price_set_ids?: string[]
  inventory_item_ids?: string[]
  inventory_level_ids?: string[]
  reservation_ids?: string[]
  brand_ids?: string[]
}

export type ProductIndexChangeKind = Exclude<keyof ProductIndexChanges, "all">

export const CHANGE_KINDS: ProductIndexChangeKind[] = [
  "product_ids",
  "variant_ids",
  "price_ids",
  "price_set_ids",
  "inventory_item_ids",
  "inventory_level_ids",
  "reservation_ids",
  "brand_ids",
]
