/**
 * The insights plugin's read model: the only place it reads other modules'
 * tables, by SQL and read-only. Tables read:
 * - Medusa customer: `customer`; Medusa order: `order`, `order_summary`
 * - @shop/engagement: `engagement_consent`, `engagement_view`, `engagement_wishlist_item`
 * - @shop/reviews: `review`
 * - @shop/support: `support_request`
 *
 * One statement answers one page of the customer list: every figure, the RFM
 * scores (computed at read time over all customers with orders, so nothing
 * has to be kept current from events) and the total count.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RFM_SEGMENT_SQL } from "./rfm"
import type { RfmSegment } from "./rfm"

export const SORTABLE_COLUMNS = [
  "name",
  "email",
  "orders_count",
  "total_spent",
  "average_order_value",
  "first_order_at",
  "last_order_at",
  "days_since_last_order",
  "product_views",
  "wishlist_size",
  "reviews_count",
  "open_support_requests",
  "marketing_consent",
  "rfm_segment",
  "created_at",
] as const

export type SortableColumn = (typeof SORTABLE_COLUMNS)[number]

// Column → SQL expression over the `scored` rows. Only these strings reach the SQL text.
const SORT_SQL: Record<SortableColumn, string> = {
  name: "lower(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))",
  email: "lower(email)",
  orders_count: "orders_count",
  total_spent: "total_spent",
  average_order_value: "average_order_value",
  first_order_at: "first_order_at",
  last_order_at: "last_order_at",
  days_since_last_order: "days_since_last_order",
  product_views: "product_views",
  wishlist_size: "wishlist_size",
  reviews_count: "reviews_count",
  open_support_requests: "open_support_requests",
  marketing_consent: "marketing_consent",
  // The rule table's order, best first.
  rfm_segment: `array_position(array['champions','loyal','potential_loyalist','new','need_attention','at_risk','hibernating','lost'], rfm_segment)`,
  created_at: "created_at",
}

export type CustomerInsightsFilters = {
  min_orders?: number
  max_orders?: number
  /** Minor units of the store's currency. */
  min_spent?: number
  max_spent?: number
  last_order_before?: Date
  last_order_after?: Date
  rfm_segment?: RfmSegment[]
  marketing_consent?: boolean
  has_open_support_requests?: boolean
  q?: string
}

export type CustomerInsightsQuery = CustomerInsightsFilters & {
  limit: number
  offset: number
  order: SortableColumn
  direction: "asc" | "desc"
  /** Only orders in this currency count (the store's default currency). */
  currency_code: string
  /** Decimal digits of the store currency: amounts are stored in major units, answered in minor units. */
  currency_digits: number
}

export type CustomerInsightsRow = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  created_at: Date
  currency_code: string
  orders_count: number
  total_spent: number
  average_order_value: number | null
  first_order_at: Date | null
  last_order_at: Date | null
  days_since_last_order: number | null
  tracking_consent: boolean
  product_views: number | null
  wishlist_size: number | null
  reviews_count: number
  open_support_requests: number
  marketing_consent: boolean
  rfm: { recency: number; frequency: number; monetary: number; segment: RfmSegment } | null
}

type RawRow = Omit<CustomerInsightsRow, "rfm" | "total_spent" | "average_order_value"> & {
  total: string | number
  total_spent: string | number | null
  average_order_value: string | number | null
  r: number | null
  f: number | null
  m: number | null
  rfm_segment: RfmSegment | null
}

/** `%` and `_` typed by the merchant are literal characters, not wildcards. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export async function listCustomerInsights(
  pg: Knex,
  query: CustomerInsightsQuery
): Promise<{ customers: CustomerInsightsRow[]; count: number }> {
  const scale = 10 ** query.currency_digits
  const where: string[] = []
  const params: Knex.Value[] = []
  const add = (sql: string, ...values: Knex.Value[]) => {
    where.push(sql)
    params.push(...values)
  }
  if (query.min_orders !== undefined) add("orders_count >= ?", query.min_orders)
  if (query.max_orders !== undefined) add("orders_count <= ?", query.max_orders)
  if (query.min_spent !== undefined) add("total_spent >= ?", query.min_spent)
  if (query.max_spent !== undefined) add("total_spent <= ?", query.max_spent)
  if (query.last_order_before !== undefined) add("last_order_at < ?", query.last_order_before)
  if (query.last_order_after !== undefined) add("last_order_at >= ?", query.last_order_after)
  if (query.rfm_segment !== undefined && query.rfm_segment.length > 0) {
    add(`rfm_segment in (${query.rfm_segment.map(() => "?").join(", ")})`, ...query.rfm_segment)
  }
  if (query.marketing_consent !== undefined) add("marketing_consent = ?", query.marketing_consent)
  if (query.has_open_support_requests !== undefined) {
    where.push(query.has_open_support_requests ? "open_support_requests > 0" : "open_support_requests = 0")
  }
  if (query.q !== undefined) {
    const pattern = likePattern(query.q)
    add(
      "(email ilike ? or (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) ilike ?)",
      pattern,
      pattern
    )
  }
  const direction = query.direction === "desc" ? "desc" : "asc"
  const orderBy = `${SORT_SQL[query.order]} ${direction} nulls last, id asc`

  const sql = `
with currency as (select ?::text as currency_code),
placed as (
  -- The current version's total is already net of refunds: Medusa's refund adds a credit line for the refunded
  -- amount (or the return that caused it lowered the total first), so refunds must not be subtracted again.
  select o.customer_id, o.created_at,
    coalesce((s.totals -> 'raw_current_order_total' ->> 'value')::numeric, (s.totals ->> 'current_order_total')::numeric, 0) as net
  from "order" o
  join currency cur on cur.currency_code = o.currency_code
  left join lateral (
    select totals from order_summary
    where order_id = o.id and version <= o.version and deleted_at is null
    order by version desc limit 1
  ) s on true
  where o.customer_id is not null and o.deleted_at is null and not o.is_draft_order
    and o.status not in ('canceled', 'draft') and o.canceled_at is null
),
per_customer as (
  select customer_id, count(*)::int as orders_count, sum(net) as spent,
    min(created_at) as first_order_at, max(created_at) as last_order_at
  from placed group by customer_id
),
views as (
  select customer_id, count(*)::int as n from engagement_view
  where customer_id is not null and deleted_at is null group by customer_id
),
wishlists as (
  select customer_id, count(*)::int as n from engagement_wishlist_item
  where deleted_at is null group by customer_id
),
reviews as (
  select customer_id, count(*)::int as n from review
  where customer_id is not null and deleted_at is null group by customer_id
),
support as (
  select customer_id, count(*)::int as n from support_request
  where customer_id is not null and deleted_at is null and status <> 'closed' group by customer_id
),
base as (
  select c.id, c.email, c.first_name, c.last_name, c.created_at,
    (select currency_code from currency) as currency_code,
    coalesce(pc.orders_count, 0) as orders_count,
    round(coalesce(pc.spent, 0) * ?) as total_spent,
    round(pc.spent * ? / pc.orders_count) as average_order_value,
    pc.first_order_at, pc.last_order_at,
    floor(extract(epoch from (now() - pc.last_order_at)) / 86400)::int as days_since_last_order,
    coalesce(consent.granted, false) as tracking_consent,
    case when consent.granted then coalesce(views.n, 0) end as product_views,
    case when consent.granted then coalesce(wishlists.n, 0) end as wishlist_size,
    coalesce(reviews.n, 0) as reviews_count,
    coalesce(support.n, 0) as open_support_requests,
    coalesce(c.metadata ->> 'marketing_consent', '') = 'true' as marketing_consent
  from customer c
  left join per_customer pc on pc.customer_id = c.id
  left join engagement_consent consent on consent.customer_id = c.id and consent.deleted_at is null
  left join views on views.customer_id = c.id
  left join wishlists on wishlists.customer_id = c.id
  left join reviews on reviews.customer_id = c.id
  left join support on support.customer_id = c.id
  where c.deleted_at is null
),
quintiles as (
  select base.*,
    case when orders_count > 0 then least(5, 1 + floor(5 * percent_rank() over (partition by orders_count > 0 order by last_order_at)))::int end as r,
    case when orders_count > 0 then least(5, 1 + floor(5 * percent_rank() over (partition by orders_count > 0 order by orders_count)))::int end as f,
    case when orders_count > 0 then least(5, 1 + floor(5 * percent_rank() over (partition by orders_count > 0 order by total_spent)))::int end as m
  from base
),
scored as (
  select quintiles.*, ${RFM_SEGMENT_SQL} as rfm_segment from quintiles
),
filtered as (
  select * from scored ${where.length ? `where ${where.join(" and ")}` : ""}
)
select page.*, total.total
from (select count(*) as total from filtered) total
left join lateral (select * from filtered order by ${orderBy} limit ? offset ?) page on true`

  const result = await pg.raw<{ rows: RawRow[] }>(sql, [query.currency_code, scale, scale, ...params, query.limit, query.offset])
  const rows = result.rows
  const count = Number(rows[0]?.total ?? 0)
  const customers = rows
    .filter((row) => row.id !== null)
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    .map(({ total, r, f, m, rfm_segment, ...row }) => ({
      ...row,
      total_spent: Number(row.total_spent ?? 0),
      average_order_value: row.average_order_value === null ? null : Number(row.average_order_value),
      rfm: r !== null && f !== null && m !== null && rfm_segment !== null ? { recency: r, frequency: f, monetary: m, segment: rfm_segment } : null,
    }))
  return { customers, count }
}
