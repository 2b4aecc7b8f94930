import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCT_INDEX_MODULE } from "../modules/product-index"
import type ProductIndexModuleService from "../modules/product-index/service"
import { refreshProductIndexWorkflow } from "../workflows/refresh-product-index"
import type { ProductIndexChangeKind, ProductIndexChanges } from "../workflows/types"
import type { IndexedVariant } from "./index-rows"
import { stockOf } from "./index-rows"

/**
 * Changes that can only move a product's stock: inventory levels (stocked and
 * reserved quantities), reservations and inventory items. Every placed order
 * is one of these (its reservations), and nothing else of the row depends on
 * them, so the row's stock is recomputed alone instead of the whole row.
 */
const STOCK_KINDS: ProductIndexChangeKind[] = ["inventory_level_ids", "reservation_ids", "inventory_item_ids"]

export function isStockOnly(changes: ProductIndexChanges): boolean {
  if (changes.all) return false
  const kinds = (Object.keys(changes) as (keyof ProductIndexChanges)[]).filter((k) => k !== "all" && changes[k]?.length)
  return kinds.length > 0 && kinds.every((k) => k !== "all" && STOCK_KINDS.includes(k))
}

type Traced = { levels_found: number; reservations_found: number; product_ids: string[]; location_ids: string[] }

type StockRow = {
  product_id: string
  status: string
  product_deleted: boolean
  variant_id: string | null
  link_id: string | null
  required_quantity: number | null
  inventory_item_id: string | null
  location_id: string | null
  stocked_quantity: string | number | null
  reserved_quantity: string | number | null
}

/**
 * Refreshes the stock of the products behind stock-only changes with two
 * parameterised statements and one write, without the refresh workflow (whose
 * Query reads of prices and inventory cost ~50 ms of CPU per order). It reads
 * what the workflow's steps read — levels and reservations with deleted ones
 * (to trace removals), the variant ↔ inventory item links, the levels at the
 * default sales channel's locations — and computes the stock with the same
 * function (`stockOf`). Whatever this path cannot settle goes to the workflow:
 * an id that cannot be traced (full rebuild, as the workflow would do) and
 * products whose row is missing or should not be there (published but not
 * indexed, indexed but no longer published).
 */
export async function refreshProductStock(
  container: MedusaContainer,
  changes: ProductIndexChanges
): Promise<{ written: number; removed: number }> {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const levelIds = [...new Set(changes.inventory_level_ids ?? [])]
  const reservationIds = [...new Set(changes.reservation_ids ?? [])]
  const itemIds = [...new Set(changes.inventory_item_ids ?? [])]
  const { rows: traced } = await pg.raw<{ rows: Traced[] }>(
    `with items as (
       select inventory_item_id as id from inventory_level where id = any(?::text[])
       union select inventory_item_id from reservation_item where id = any(?::text[])
       union select unnest(?::text[])
     ),
     channel as (
       select default_sales_channel_id as id from store where deleted_at is null order by created_at asc limit 1
     )
     select
       (select count(*) from inventory_level where id = any(?::text[]))::int as levels_found,
       (select count(*) from reservation_item where id = any(?::text[]))::int as reservations_found,
       coalesce((select array_agg(distinct v.product_id)
          from product_variant_inventory_item pvi
          join product_variant v on v.id = pvi.variant_id
         where pvi.deleted_at is null and pvi.inventory_item_id in (select id from items) and v.product_id is not null), '{}') as product_ids,
       coalesce((select array_agg(sl.id order by sl.id)
          from sales_channel_stock_location scl
          join stock_location sl on sl.id = scl.stock_location_id and sl.deleted_at is null
         where scl.sales_channel_id = (select id from channel) and scl.deleted_at is null), '{}') as location_ids`,
    [levelIds, reservationIds, itemIds, levelIds, reservationIds]
  )
  const { levels_found, reservations_found, product_ids, location_ids } = traced[0]
  if (levels_found < levelIds.length || reservations_found < reservationIds.length) {
    return await runWorkflow(container, { all: true })
  }
  if (!product_ids.length) return { written: 0, removed: 0 }

  const { rows } = await pg.raw<{ rows: StockRow[] }>(
    `select p.id as product_id, p.status, (p.deleted_at is not null) as product_deleted, v.id as variant_id,
            pvi.id as link_id, pvi.required_quantity, ii.id as inventory_item_id,
            il.location_id, il.stocked_quantity, il.reserved_quantity
       from product p
       left join product_variant v on v.product_id = p.id and v.deleted_at is null
       left join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       left join inventory_item ii on ii.id = pvi.inventory_item_id and ii.deleted_at is null
       left join inventory_level il on il.inventory_item_id = ii.id and il.deleted_at is null
      where p.id = any(?::text[])
      order by p.id, v.id, pvi.id, il.id`,
    [product_ids]
  )
  // The rows as the workflow's Query read shapes them: product → variants →
  // inventory links (required quantity) → the item's levels per location.
  type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
  type Link = { required_quantity: number | null; inventory: { location_levels: Level[] } | null }
  const products = new Map<string, { published: boolean; variants: Map<string, Map<string, Link>> }>()
  for (const row of rows) {
    let product = products.get(row.product_id)
    if (!product) {
      product = { published: row.status === ProductStatus.PUBLISHED && !row.product_deleted, variants: new Map() }
      products.set(row.product_id, product)
    }
    if (!row.variant_id) continue
    let links = product.variants.get(row.variant_id)
    if (!links) {
      links = new Map()
      product.variants.set(row.variant_id, links)
    }
    if (!row.link_id) continue
    let link = links.get(row.link_id)
    if (!link) {
      link = { required_quantity: row.required_quantity, inventory: row.inventory_item_id ? { location_levels: [] } : null }
      links.set(row.link_id, link)
    }
    if (row.location_id && link.inventory) {
      link.inventory.location_levels.push({
        location_id: row.location_id,
        stocked_quantity: Number(row.stocked_quantity ?? 0),
        reserved_quantity: Number(row.reserved_quantity ?? 0),
      })
    }
  }

  const locations = new Set(location_ids)
  const stockRows: { id: string; stock: number }[] = []
  for (const [id, product] of products) {
    if (!product.published) continue
    const variants: IndexedVariant[] = [...product.variants].map(([variantId, links]) => ({
      id: variantId,
      inventory_items: [...links.values()],
    }))
    stockRows.push({ id, stock: stockOf(variants, locations) })
  }
  const service: ProductIndexModuleService = container.resolve(PRODUCT_INDEX_MODULE)
  const { present, changed } = await service.writeStock(stockRows, [...products.keys()])
  const indexed = new Set(present)
  const settle = [...products]
    .filter(([id, product]) => product.published !== indexed.has(id))
    .map(([id]) => id)
  if (settle.length) {
    const rest = await runWorkflow(container, { product_ids: settle })
    return { written: changed + rest.written, removed: rest.removed }
  }
  return { written: changed, removed: 0 }
}

async function runWorkflow(container: MedusaContainer, changes: ProductIndexChanges): Promise<{ written: number; removed: number }> {
  const { result } = await refreshProductIndexWorkflow(container).run({ input: changes })
  return result
}
