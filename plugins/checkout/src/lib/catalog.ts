import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BigNumberRawValue } from "@medusajs/framework/types"
import { select } from "./db"

export type VariantLocationLevel = {
  location_id: string
  stocked_quantity: BigNumberRawValue | null
  reserved_quantity: BigNumberRawValue | null
  /** Sales channels whose stock locations include this level's location. */
  sales_channel_ids: string[]
}

export type VariantInventoryItem = {
  inventory_item_id: string
  required_quantity: number
  requires_shipping: boolean
  levels: VariantLocationLevel[]
}

/** What Medusa's add-to-cart reads about a variant (core-flows `productVariantsFields`), in one statement. */
export type CartVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  price_set_id: string | null
  product: {
    id: string
    title: string
    description: string | null
    subtitle: string | null
    status: string
    thumbnail: string | null
    handle: string
    discountable: boolean
    is_giftcard: boolean
    type: { id: string; value: string } | null
    collection: { id: string; title: string } | null
    shipping_profile_id: string | null
  }
  inventory_items: VariantInventoryItem[]
}

const VARIANTS_SQL = `
select v.id, v.title, v.sku, v.barcode, v.thumbnail, v.manage_inventory, v.allow_backorder,
  (select vps.price_set_id from product_variant_price_set vps
     join price_set ps on ps.id = vps.price_set_id and ps.deleted_at is null
    where vps.variant_id = v.id and vps.deleted_at is null limit 1) as price_set_id,
  json_build_object(
    'id', p.id, 'title', p.title, 'description', p.description, 'subtitle', p.subtitle, 'status', p.status,
    'thumbnail', p.thumbnail, 'handle', p.handle, 'discountable', p.discountable, 'is_giftcard', p.is_giftcard,
    'type', case when pt.id is null then null else json_build_object('id', pt.id, 'value', pt.value) end,
    'collection', case when pc.id is null then null else json_build_object('id', pc.id, 'title', pc.title) end,
    'shipping_profile_id', (select psp.shipping_profile_id from product_shipping_profile psp
                              join shipping_profile sp on sp.id = psp.shipping_profile_id and sp.deleted_at is null
                             where psp.product_id = p.id and psp.deleted_at is null limit 1)
  ) as product,
  coalesce((select json_agg(json_build_object(
      'inventory_item_id', vii.inventory_item_id,
      'required_quantity', vii.required_quantity,
      'requires_shipping', ii.requires_shipping,
      'levels', coalesce((select json_agg(json_build_object(
            'location_id', il.location_id,
            'stocked_quantity', il.raw_stocked_quantity,
            'reserved_quantity', il.raw_reserved_quantity,
            'sales_channel_ids', coalesce((select json_agg(scl.sales_channel_id)
                from sales_channel_stock_location scl
                join stock_location sl on sl.id = scl.stock_location_id and sl.deleted_at is null
                join sales_channel sc on sc.id = scl.sales_channel_id and sc.deleted_at is null
               where scl.stock_location_id = il.location_id and scl.deleted_at is null), '[]'::json))
          order by il.location_id)
        from inventory_level il where il.inventory_item_id = ii.id and il.deleted_at is null), '[]'::json))
      order by vii.inventory_item_id)
    from product_variant_inventory_item vii
    join inventory_item ii on ii.id = vii.inventory_item_id and ii.deleted_at is null
   where vii.variant_id = v.id and vii.deleted_at is null), '[]'::json) as inventory_items
from product_variant v
join product p on p.id = v.product_id and p.deleted_at is null
left join product_type pt on pt.id = p.type_id and pt.deleted_at is null
left join product_collection pc on pc.id = p.collection_id and pc.deleted_at is null
where v.id = any(?) and v.deleted_at is null`

/** The variants (with product, price set and stock per location) by id; missing ids are simply absent. */
export async function loadVariants(knex: Knex, variantIds: string[]): Promise<Map<string, CartVariant>> {
  if (!variantIds.length) return new Map()
  const rows = await select<CartVariant>(knex, VARIANTS_SQL, [variantIds])
  return new Map(rows.map((row) => [row.id, { ...row, inventory_items: row.inventory_items.map(normaliseItem) }]))
}

function normaliseItem(item: VariantInventoryItem): VariantInventoryItem {
  // numeric columns arrive as strings inside json_build_object
  return { ...item, required_quantity: Number(item.required_quantity) }
}
