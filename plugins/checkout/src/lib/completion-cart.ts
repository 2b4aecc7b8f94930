import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BigNumberRawValue } from "@medusajs/framework/types"
import { AUTOMATIC_PROMOTIONS_SQL, type CartColumns } from "./cart-state"
import { select } from "./db"

type Row = Record<string, unknown>

export type CompletionTaxLine = {
  description: string | null
  tax_rate_id: string | null
  code: string
  rate: number
  provider_id: string | null
  metadata: Record<string, unknown> | null
  data: Record<string, unknown> | null
}

export type CompletionAdjustment = {
  code: string | null
  amount: BigNumberRawValue
  description: string | null
  promotion_id: string | null
  provider_id: string | null
  is_tax_inclusive: boolean
}

export type CompletionLineItem = {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  quantity: number
  variant_id: string | null
  product_id: string | null
  product_title: string | null
  product_description: string | null
  product_subtitle: string | null
  product_type: string | null
  product_type_id: string | null
  product_collection: string | null
  product_handle: string | null
  variant_sku: string | null
  variant_barcode: string | null
  variant_title: string | null
  variant_option_values: Record<string, unknown> | null
  requires_shipping: boolean | null
  is_discountable: boolean | null
  is_tax_inclusive: boolean
  raw_unit_price: BigNumberRawValue
  raw_compare_at_unit_price: BigNumberRawValue | null
  metadata: Record<string, unknown> | null
  tax_lines: CompletionTaxLine[]
  adjustments: CompletionAdjustment[]
}

export type CompletionShippingMethod = {
  id: string
  name: string
  description: Record<string, unknown> | null
  raw_amount: BigNumberRawValue
  is_tax_inclusive: boolean
  shipping_option_id: string | null
  shipping_profile_id: string | null
  data: Record<string, unknown> | null
  metadata: Record<string, unknown> | null
  tax_lines: CompletionTaxLine[]
  adjustments: CompletionAdjustment[]
}

export type CompletionPaymentSession = {
  id: string
  status: string
  provider_id: string
}

/** The cart as its completion needs it, read in one statement. */
export type CompletionCart = CartColumns & {
  order_id: string | null
  shipping_address: Row | null
  billing_address: Row | null
  items: CompletionLineItem[]
  shipping_methods: CompletionShippingMethod[]
  promotion_count: number
  credit_line_count: number
  /** Whether any automatic promotion is active store-wide (read with the cart, see AUTOMATIC_PROMOTIONS_SQL). */
  automatic_promotions: boolean
  payment_collection: { id: string; payment_sessions: CompletionPaymentSession[] } | null
  region_payment_provider_ids: string[]
}

const TAX_LINES = (table: string, key: string, owner: string) => `coalesce((select json_agg(json_build_object(
    'description', t.description, 'tax_rate_id', t.tax_rate_id, 'code', t.code, 'rate', t.rate,
    'provider_id', t.provider_id, 'metadata', t.metadata, 'data', t.data) order by t.id)
  from ${table} t where t.${key} = ${owner}.id and t.deleted_at is null), '[]'::json)`

const ADJUSTMENTS = (table: string, key: string, owner: string, taxInclusive: string) => `coalesce((select json_agg(json_build_object(
    'code', a.code, 'amount', a.raw_amount, 'description', a.description, 'promotion_id', a.promotion_id,
    'provider_id', a.provider_id, 'is_tax_inclusive', ${taxInclusive}) order by a.id)
  from ${table} a where a.${key} = ${owner}.id and a.deleted_at is null), '[]'::json)`

const ADDRESS = (alias: string) => `case when ${alias}.id is null then null
  else to_jsonb(${alias}) - 'id' - 'created_at' - 'updated_at' - 'deleted_at' end`

const COMPLETION_SQL = `
select c.id, c.region_id, c.customer_id, c.sales_channel_id, c.email, c.currency_code, c.locale, c.metadata, c.completed_at,
  (select oc.order_id from order_cart oc where oc.cart_id = c.id and oc.deleted_at is null limit 1) as order_id,
  ${ADDRESS("sa")} as shipping_address,
  ${ADDRESS("ba")} as billing_address,
  coalesce((select json_agg(json_build_object(
      'id', li.id, 'title', li.title, 'subtitle', li.subtitle, 'thumbnail', li.thumbnail, 'quantity', li.quantity,
      'variant_id', li.variant_id, 'product_id', li.product_id, 'product_title', li.product_title,
      'product_description', li.product_description, 'product_subtitle', li.product_subtitle,
      'product_type', li.product_type, 'product_type_id', li.product_type_id,
      'product_collection', li.product_collection, 'product_handle', li.product_handle,
      'variant_sku', li.variant_sku, 'variant_barcode', li.variant_barcode, 'variant_title', li.variant_title,
      'variant_option_values', li.variant_option_values, 'requires_shipping', li.requires_shipping,
      'is_discountable', li.is_discountable, 'is_tax_inclusive', li.is_tax_inclusive,
      'raw_unit_price', li.raw_unit_price, 'raw_compare_at_unit_price', li.raw_compare_at_unit_price,
      'metadata', li.metadata,
      'tax_lines', ${TAX_LINES("cart_line_item_tax_line", "item_id", "li")},
      'adjustments', ${ADJUSTMENTS("cart_line_item_adjustment", "item_id", "li", "a.is_tax_inclusive")}
    ) order by li.created_at, li.id)
    from cart_line_item li where li.cart_id = c.id and li.deleted_at is null), '[]'::json) as items,
  coalesce((select json_agg(json_build_object(
      'id', sm.id, 'name', sm.name, 'description', sm.description, 'raw_amount', sm.raw_amount,
      'is_tax_inclusive', sm.is_tax_inclusive, 'shipping_option_id', sm.shipping_option_id,
      'shipping_profile_id', (select so.shipping_profile_id from shipping_option so
                               where so.id = sm.shipping_option_id and so.deleted_at is null),
      'data', sm.data, 'metadata', sm.metadata,
      'tax_lines', ${TAX_LINES("cart_shipping_method_tax_line", "shipping_method_id", "sm")},
      'adjustments', ${ADJUSTMENTS("cart_shipping_method_adjustment", "shipping_method_id", "sm", "false")}
    ) order by sm.created_at, sm.id)
    from cart_shipping_method sm where sm.cart_id = c.id and sm.deleted_at is null), '[]'::json) as shipping_methods,
  (select count(*)::int from cart_promotion cp where cp.cart_id = c.id and cp.deleted_at is null) as promotion_count,
  (select count(*)::int from credit_line cl where cl.cart_id = c.id and cl.deleted_at is null) as credit_line_count,
  (select json_build_object('id', pc.id,
      'payment_sessions', coalesce((select json_agg(json_build_object('id', ps.id, 'status', ps.status,
            'provider_id', ps.provider_id) order by ps.created_at, ps.id)
          from payment_session ps where ps.payment_collection_id = pc.id and ps.deleted_at is null), '[]'::json))
     from cart_payment_collection cpc
     join payment_collection pc on pc.id = cpc.payment_collection_id and pc.deleted_at is null
    where cpc.cart_id = c.id and cpc.deleted_at is null limit 1) as payment_collection,
  coalesce((select json_agg(rpp.payment_provider_id) from region_payment_provider rpp
             join payment_provider pp on pp.id = rpp.payment_provider_id and pp.deleted_at is null
            where rpp.region_id = c.region_id and rpp.deleted_at is null), '[]'::json) as region_payment_provider_ids,
  ${AUTOMATIC_PROMOTIONS_SQL} as automatic_promotions
from cart c
left join cart_address sa on sa.id = c.shipping_address_id and sa.deleted_at is null
left join cart_address ba on ba.id = c.billing_address_id and ba.deleted_at is null
where c.id = ? and c.deleted_at is null`

export async function loadCompletionCart(knex: Knex, cartId: string): Promise<CompletionCart | null> {
  const [row] = await select<CompletionCart>(knex, COMPLETION_SQL, [cartId])
  return row ?? null
}
