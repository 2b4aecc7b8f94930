import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BigNumberRawValue } from "@medusajs/framework/types"
import { select } from "./db"

export type CartAddress = {
  id: string
  customer_id: string | null
  company: string | null
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  country_code: string | null
  province: string | null
  postal_code: string | null
  phone: string | null
  metadata: Record<string, unknown> | null
}

export type CartTaxLine = {
  id: string
  description: string | null
  tax_rate_id: string | null
  code: string
  rate: number
  provider_id: string | null
}

export type CartAdjustment = {
  id: string
  amount: BigNumberRawValue
  is_tax_inclusive: boolean
}

export type CartLineItem = {
  id: string
  title: string
  quantity: number
  unit_price: BigNumberRawValue
  compare_at_unit_price: BigNumberRawValue | null
  is_tax_inclusive: boolean
  is_custom_price: boolean
  is_giftcard: boolean
  metadata: Record<string, unknown> | null
  variant_id: string | null
  product_id: string | null
  product_type_id: string | null
  tax_lines: CartTaxLine[]
  adjustments: CartAdjustment[]
}

export type CartShippingMethod = {
  id: string
  name: string
  amount: BigNumberRawValue
  is_tax_inclusive: boolean
  shipping_option_id: string | null
  shipping_profile_id: string | null
  tax_lines: CartTaxLine[]
  adjustments: CartAdjustment[]
}

export type CartCustomer = {
  id: string
  email: string | null
  has_account: boolean
  metadata: Record<string, unknown> | null
  groups: { id: string }[]
}

/** A cart's own columns, as every one-statement cart read answers them. */
export type CartColumns = {
  id: string
  region_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  email: string | null
  currency_code: string
  locale: string | null
  metadata: Record<string, unknown> | null
  completed_at: string | null
}

/** Everything the lean cart operations read about a cart, in one statement. */
export type CartState = CartColumns & {
  region: { id: string; name: string; automatic_taxes: boolean; countries: string[] } | null
  shipping_address: CartAddress | null
  billing_address: CartAddress | null
  customer: CartCustomer | null
  items: CartLineItem[]
  shipping_methods: CartShippingMethod[]
  promotion_ids: string[]
  payment_collection_id: string | null
  credit_line_count: number
  /** Whether any automatic promotion is active store-wide, read with the cart (see AUTOMATIC_PROMOTIONS_SQL). */
  automatic_promotions: boolean
}

/**
 * Whether any automatic promotion could apply to carts (Medusa then
 * re-computes every cart change). Store-wide, but read in the same statement
 * as the cart: one round trip less on every cart change.
 */
export const AUTOMATIC_PROMOTIONS_SQL = `exists(select 1 from promotion
    where deleted_at is null and is_automatic = true and status = 'active')`

const ADDRESS_JSON = (alias: string) => `case when ${alias}.id is null then null else json_build_object(
  'id', ${alias}.id, 'customer_id', ${alias}.customer_id, 'company', ${alias}.company, 'first_name', ${alias}.first_name,
  'last_name', ${alias}.last_name, 'address_1', ${alias}.address_1, 'address_2', ${alias}.address_2, 'city', ${alias}.city,
  'country_code', ${alias}.country_code, 'province', ${alias}.province, 'postal_code', ${alias}.postal_code,
  'phone', ${alias}.phone, 'metadata', ${alias}.metadata) end`

const CART_SQL = `
select c.id, c.region_id, c.customer_id, c.sales_channel_id, c.email, c.currency_code, c.locale, c.metadata,
  c.completed_at,
  (select json_build_object('id', r.id, 'name', r.name, 'automatic_taxes', r.automatic_taxes,
      'countries', coalesce((select json_agg(rc.iso_2 order by rc.iso_2) from region_country rc
                             where rc.region_id = r.id and rc.deleted_at is null), '[]'::json))
     from region r where r.id = c.region_id and r.deleted_at is null) as region,
  ${ADDRESS_JSON("sa")} as shipping_address,
  ${ADDRESS_JSON("ba")} as billing_address,
  (select json_build_object('id', cu.id, 'email', cu.email, 'has_account', cu.has_account, 'metadata', cu.metadata,
      'groups', coalesce((select json_agg(json_build_object('id', cgc.customer_group_id)) from customer_group_customer cgc
                          join customer_group cg on cg.id = cgc.customer_group_id and cg.deleted_at is null
                          where cgc.customer_id = cu.id and cgc.deleted_at is null), '[]'::json))
     from customer cu where cu.id = c.customer_id and cu.deleted_at is null) as customer,
  coalesce((select json_agg(json_build_object(
      'id', li.id, 'title', li.title, 'quantity', li.quantity, 'unit_price', li.raw_unit_price,
      'compare_at_unit_price', li.raw_compare_at_unit_price, 'is_tax_inclusive', li.is_tax_inclusive,
      'is_custom_price', li.is_custom_price, 'is_giftcard', li.is_giftcard, 'metadata', li.metadata,
      'variant_id', li.variant_id, 'product_id', li.product_id, 'product_type_id', li.product_type_id,
      'tax_lines', coalesce((select json_agg(json_build_object('id', t.id, 'description', t.description,
            'tax_rate_id', t.tax_rate_id, 'code', t.code, 'rate', t.rate, 'provider_id', t.provider_id) order by t.id)
          from cart_line_item_tax_line t where t.item_id = li.id and t.deleted_at is null), '[]'::json),
      'adjustments', coalesce((select json_agg(json_build_object('id', a.id, 'amount', a.raw_amount,
            'is_tax_inclusive', a.is_tax_inclusive) order by a.id)
          from cart_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null), '[]'::json)
    ) order by li.created_at, li.id)
    from cart_line_item li where li.cart_id = c.id and li.deleted_at is null), '[]'::json) as items,
  coalesce((select json_agg(json_build_object(
      'id', sm.id, 'name', sm.name, 'amount', sm.raw_amount, 'is_tax_inclusive', sm.is_tax_inclusive,
      'shipping_option_id', sm.shipping_option_id,
      'shipping_profile_id', (select so.shipping_profile_id from shipping_option so
                               where so.id = sm.shipping_option_id and so.deleted_at is null),
      'tax_lines', coalesce((select json_agg(json_build_object('id', t.id, 'description', t.description,
            'tax_rate_id', t.tax_rate_id, 'code', t.code, 'rate', t.rate, 'provider_id', t.provider_id) order by t.id)
          from cart_shipping_method_tax_line t where t.shipping_method_id = sm.id and t.deleted_at is null), '[]'::json),
      'adjustments', coalesce((select json_agg(json_build_object('id', a.id, 'amount', a.raw_amount,
            'is_tax_inclusive', false) order by a.id)
          from cart_shipping_method_adjustment a where a.shipping_method_id = sm.id and a.deleted_at is null), '[]'::json)
    ) order by sm.created_at, sm.id)
    from cart_shipping_method sm where sm.cart_id = c.id and sm.deleted_at is null), '[]'::json) as shipping_methods,
  coalesce((select json_agg(cp.promotion_id) from cart_promotion cp
            where cp.cart_id = c.id and cp.deleted_at is null), '[]'::json) as promotion_ids,
  (select cpc.payment_collection_id from cart_payment_collection cpc
    where cpc.cart_id = c.id and cpc.deleted_at is null limit 1) as payment_collection_id,
  (select count(*)::int from credit_line cl where cl.cart_id = c.id and cl.deleted_at is null) as credit_line_count,
  ${AUTOMATIC_PROMOTIONS_SQL} as automatic_promotions
from cart c
left join cart_address sa on sa.id = c.shipping_address_id and sa.deleted_at is null
left join cart_address ba on ba.id = c.billing_address_id and ba.deleted_at is null
where c.id = ? and c.deleted_at is null`

/** The cart as the lean operations need it, or null when there is no such cart. */
export async function loadCartState(knex: Knex, cartId: string): Promise<CartState | null> {
  const [row] = await select<CartState>(knex, CART_SQL, [cartId])
  return row ?? null
}
