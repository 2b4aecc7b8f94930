import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BigNumberInput, BigNumberRawValue } from "@medusajs/framework/types"
import { BigNumber, decorateCartTotals } from "@medusajs/framework/utils"
import type { OrderForInvoice } from "./order-snapshot"

/**
 * Reads an order with everything its invoice and its confirmation mail show,
 * in ONE parameterised statement, and computes the totals with Medusa's own
 * `decorateCartTotals` — the function the order module applies to what it
 * loads. Why not Query: `query.graph` for an order with totals costs 20–30 ms
 * of CPU (remote joiner, MikroORM hydration of every relation), and the
 * order-placed path used to do that three times per order.
 *
 * The rows are those the order module would load for the same fields: the
 * order's current version of items, shipping methods and credit lines, their
 * tax lines, and the adjustments of that version; soft-deleted rows left out.
 */

type Raw = BigNumberRawValue

export type Address = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  country_code: string | null
  phone: string | null
}

export type ItemRow = {
  id: string
  title: string | null
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  is_tax_inclusive: boolean | null
  unit_price: Raw
  quantity: Raw
  detail: {
    fulfilled_quantity: Raw | null
    delivered_quantity: Raw | null
    shipped_quantity: Raw | null
    return_requested_quantity: Raw | null
    return_received_quantity: Raw | null
    return_dismissed_quantity: Raw | null
    written_off_quantity: Raw | null
  }
  tax_lines: { rate: Raw }[]
  adjustments: { amount: Raw; is_tax_inclusive: boolean | null }[]
}

export type ShippingRow = {
  id: string
  name: string | null
  amount: Raw
  is_tax_inclusive: boolean | null
  tax_lines: { rate: Raw }[]
  adjustments: { amount: Raw }[]
}

export type OrderRow = {
  id: string
  display_id: number
  created_at: Date
  email: string | null
  currency_code: string
  customer_id: string | null
  customer: { first_name: string | null; last_name: string | null; company_name: string | null } | null
  shipping_address: Address | null
  billing_address: Address | null
  payment_collections: { status: string | null }[]
  credit_lines: { amount: Raw }[]
  items: ItemRow[]
  shipping_methods: ShippingRow[]
}

/** What decorateCartTotals adds to a line (it assigns onto the objects it is given). */
type LineTotals = {
  original_total?: BigNumberInput
  subtotal?: BigNumberInput
  total?: BigNumberInput
  tax_total?: BigNumberInput
  discount_subtotal?: BigNumberInput
  discount_total?: BigNumberInput
}

/** The order as the invoice snapshot and the confirmation mail read it, totals included. */
export type DocumentOrder = OrderForInvoice & {
  email: string | null
  customer: { first_name: string | null; last_name: string | null; company_name: string | null } | null
  items: (NonNullable<OrderForInvoice["items"]>[number] & {
    subtotal?: BigNumberInput
    raw_subtotal?: BigNumberInput
    original_total?: BigNumberInput
    raw_original_total?: BigNumberInput
  })[]
  shipping_methods: NonNullable<OrderForInvoice["shipping_methods"]>
  shipping_address: Address | null
  billing_address: Address | null
  item_subtotal?: BigNumberInput
  raw_item_subtotal?: BigNumberInput
  original_item_total?: BigNumberInput
  raw_original_item_total?: BigNumberInput
  shipping_subtotal?: BigNumberInput
  raw_shipping_subtotal?: BigNumberInput
  shipping_total?: BigNumberInput
  raw_shipping_total?: BigNumberInput
  discount_total?: BigNumberInput
  raw_discount_total?: BigNumberInput
  discount_subtotal?: BigNumberInput
  raw_discount_subtotal?: BigNumberInput
  tax_total?: BigNumberInput
  raw_tax_total?: BigNumberInput
  total?: BigNumberInput
  raw_total?: BigNumberInput
}

// Items come in line-item id order and shipping methods in id order, as the
// order module returns them (ids are time-ordered ULIDs).
const ORDER_SQL = `
select o.id, o.display_id, o.created_at, o.email, o.currency_code, o.customer_id,
  (select json_build_object('first_name', c.first_name, 'last_name', c.last_name, 'company_name', c.company_name)
     from customer c where c.id = o.customer_id and c.deleted_at is null) as customer,
  (select json_build_object('first_name', a.first_name, 'last_name', a.last_name, 'company', a.company,
          'address_1', a.address_1, 'address_2', a.address_2, 'postal_code', a.postal_code, 'city', a.city,
          'province', a.province, 'country_code', a.country_code, 'phone', a.phone)
     from order_address a where a.id = o.shipping_address_id and a.deleted_at is null) as shipping_address,
  (select json_build_object('first_name', a.first_name, 'last_name', a.last_name, 'company', a.company,
          'address_1', a.address_1, 'address_2', a.address_2, 'postal_code', a.postal_code, 'city', a.city,
          'province', a.province, 'country_code', a.country_code, 'phone', a.phone)
     from order_address a where a.id = o.billing_address_id and a.deleted_at is null) as billing_address,
  coalesce((select json_agg(json_build_object('status', pc.status))
     from order_payment_collection opc
     join payment_collection pc on pc.id = opc.payment_collection_id and pc.deleted_at is null
    where opc.order_id = o.id and opc.deleted_at is null), '[]') as payment_collections,
  coalesce((select json_agg(json_build_object('amount', cl.raw_amount) order by cl.id)
     from order_credit_line cl
    where cl.order_id = o.id and cl.version = o.version and cl.deleted_at is null), '[]') as credit_lines,
  coalesce((select json_agg(json_build_object(
         'id', li.id, 'title', li.title, 'product_title', li.product_title, 'variant_title', li.variant_title,
         'variant_sku', li.variant_sku, 'is_tax_inclusive', li.is_tax_inclusive,
         'unit_price', coalesce(oi.raw_unit_price, li.raw_unit_price),
         'quantity', oi.raw_quantity,
         'detail', json_build_object(
           'fulfilled_quantity', oi.raw_fulfilled_quantity, 'delivered_quantity', oi.raw_delivered_quantity,
           'shipped_quantity', oi.raw_shipped_quantity, 'return_requested_quantity', oi.raw_return_requested_quantity,
           'return_received_quantity', oi.raw_return_received_quantity,
           'return_dismissed_quantity', oi.raw_return_dismissed_quantity, 'written_off_quantity', oi.raw_written_off_quantity),
         'tax_lines', coalesce((select json_agg(json_build_object('rate', tl.raw_rate) order by tl.id)
            from order_line_item_tax_line tl where tl.item_id = li.id and tl.deleted_at is null), '[]'),
         'adjustments', coalesce((select json_agg(json_build_object('amount', ad.raw_amount, 'is_tax_inclusive', ad.is_tax_inclusive) order by ad.id)
            from order_line_item_adjustment ad
           where ad.item_id = li.id and ad.version = oi.version and ad.deleted_at is null), '[]')
       ) order by li.id)
     from order_item oi
     join order_line_item li on li.id = oi.item_id and li.deleted_at is null
    where oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null), '[]') as items,
  coalesce((select json_agg(json_build_object(
         'id', sm.id, 'name', sm.name, 'amount', sm.raw_amount, 'is_tax_inclusive', sm.is_tax_inclusive,
         'tax_lines', coalesce((select json_agg(json_build_object('rate', tl.raw_rate) order by tl.id)
            from order_shipping_method_tax_line tl where tl.shipping_method_id = sm.id and tl.deleted_at is null), '[]'),
         'adjustments', coalesce((select json_agg(json_build_object('amount', ad.raw_amount) order by ad.id)
            from order_shipping_method_adjustment ad
           where ad.shipping_method_id = sm.id and ad.version = os.version and ad.deleted_at is null), '[]')
       ) order by sm.id)
     from order_shipping os
     join order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
    where os.order_id = o.id and os.version = o.version and os.deleted_at is null), '[]') as shipping_methods
from "order" o
where o.id = ? and o.deleted_at is null`

/**
 * A stored `{ value, precision }` amount as Medusa's BigNumber, as the order
 * module's entities hold it (exact, and `Number(...)` works); 0 when empty.
 */
function big(raw: Raw | null | undefined): BigNumber {
  return new BigNumber(raw ?? 0)
}

/** A line as decorateCartTotals takes it; it adds the totals onto the same object. */
/**
 * The exact `{ value, precision }` of an amount, as Query adds it next to each
 * total (`raw_total` …): readers prefer it, and it survives a JSON round trip
 * (a workflow step's output) without float rounding.
 */
function rawOf(value: BigNumberInput | undefined): BigNumberRawValue | undefined {
  return value === undefined ? undefined : new BigNumber(value).raw
}

type Priced<T> = Omit<T, "unit_price" | "quantity" | "amount" | "is_tax_inclusive" | "tax_lines" | "adjustments"> &
  LineTotals & { is_tax_inclusive?: boolean; tax_lines: { rate: BigNumber }[] }

/** The order with lines, addresses and Medusa's totals; null when it does not exist. */
export async function readOrderForDocuments(pg: Knex, orderId: string): Promise<DocumentOrder | null> {
  const { rows } = await pg.raw<{ rows: OrderRow[] }>(ORDER_SQL, [orderId])
  return rows[0] ? orderWithTotals(rows[0]) : null
}

/**
 * An order as stored (one row of ORDER_SQL) with Medusa's totals computed;
 * exported so the property test of the invoice amounts runs generated orders
 * through the same path as stored ones.
 */
export function orderWithTotals(row: OrderRow): DocumentOrder {
  const items = row.items.map((item) => {
    const line: Priced<ItemRow> & {
      unit_price: BigNumber
      quantity: BigNumber
      adjustments: { amount: BigNumber; is_tax_inclusive?: boolean }[]
    } = {
      ...item,
      is_tax_inclusive: item.is_tax_inclusive ?? undefined,
      unit_price: big(item.unit_price),
      quantity: big(item.quantity),
      tax_lines: item.tax_lines.map((t) => ({ rate: big(t.rate) })),
      adjustments: item.adjustments.map((a) => ({ amount: big(a.amount), is_tax_inclusive: a.is_tax_inclusive ?? undefined })),
    }
    return line
  })
  const shippingMethods = row.shipping_methods.map((method) => {
    const line: Priced<ShippingRow> & { amount: BigNumber; adjustments: { amount: BigNumber }[] } = {
      ...method,
      is_tax_inclusive: method.is_tax_inclusive ?? undefined,
      amount: big(method.amount),
      tax_lines: method.tax_lines.map((t) => ({ rate: big(t.rate) })),
      adjustments: method.adjustments.map((a) => ({ amount: big(a.amount) })),
    }
    return line
  })
  const cart: {
    currency_code: string
    credit_lines: { amount: BigNumber }[]
    items: typeof items
    shipping_methods: typeof shippingMethods
    item_subtotal?: BigNumberInput
    original_item_total?: BigNumberInput
    shipping_subtotal?: BigNumberInput
    shipping_total?: BigNumberInput
    discount_subtotal?: BigNumberInput
    discount_total?: BigNumberInput
    tax_total?: BigNumberInput
    total?: BigNumberInput
  } = {
    currency_code: row.currency_code,
    credit_lines: row.credit_lines.map((c) => ({ amount: big(c.amount) })),
    items,
    shipping_methods: shippingMethods,
  }
  // Assigns every line's and the order's totals onto these same objects.
  decorateCartTotals(cart)

  return {
    id: row.id,
    display_id: row.display_id,
    created_at: row.created_at,
    email: row.email,
    currency_code: row.currency_code,
    customer_id: row.customer_id,
    customer: row.customer,
    shipping_address: row.shipping_address,
    billing_address: row.billing_address,
    payment_collections: row.payment_collections,
    items: cart.items.map((item) => ({
      title: item.title,
      product_title: item.product_title,
      variant_title: item.variant_title,
      variant_sku: item.variant_sku,
      quantity: item.quantity,
      unit_price: item.unit_price,
      raw_unit_price: rawOf(item.unit_price),
      subtotal: item.subtotal,
      raw_subtotal: rawOf(item.subtotal),
      original_total: item.original_total,
      raw_original_total: rawOf(item.original_total),
      total: item.total,
      raw_total: rawOf(item.total),
      tax_total: item.tax_total,
      raw_tax_total: rawOf(item.tax_total),
      discount_subtotal: item.discount_subtotal,
      raw_discount_subtotal: rawOf(item.discount_subtotal),
      discount_total: item.discount_total,
      raw_discount_total: rawOf(item.discount_total),
      tax_lines: item.tax_lines,
    })),
    shipping_methods: cart.shipping_methods.map((method) => ({
      name: method.name,
      amount: method.amount,
      raw_amount: rawOf(method.amount),
      subtotal: method.subtotal,
      raw_subtotal: rawOf(method.subtotal),
      total: method.total,
      raw_total: rawOf(method.total),
      tax_total: method.tax_total,
      raw_tax_total: rawOf(method.tax_total),
      discount_subtotal: method.discount_subtotal,
      raw_discount_subtotal: rawOf(method.discount_subtotal),
      discount_total: method.discount_total,
      raw_discount_total: rawOf(method.discount_total),
      tax_lines: method.tax_lines,
    })),
    item_subtotal: cart.item_subtotal,
    raw_item_subtotal: rawOf(cart.item_subtotal),
    shipping_subtotal: cart.shipping_subtotal,
    raw_shipping_subtotal: rawOf(cart.shipping_subtotal),
    original_item_total: cart.original_item_total,
    raw_original_item_total: rawOf(cart.original_item_total),
    shipping_total: cart.shipping_total,
    raw_shipping_total: rawOf(cart.shipping_total),
    discount_total: cart.discount_total,
    raw_discount_total: rawOf(cart.discount_total),
    discount_subtotal: cart.discount_subtotal,
    raw_discount_subtotal: rawOf(cart.discount_subtotal),
    tax_total: cart.tax_total,
    raw_tax_total: rawOf(cart.tax_total),
    total: cart.total,
    raw_total: rawOf(cart.total),
  }
}
