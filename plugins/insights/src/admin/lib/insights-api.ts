import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type RfmSegment =
  | "champions"
  | "loyal"
  | "potential_loyalist"
  | "new"
  | "need_attention"
  | "at_risk"
  | "hibernating"
  | "lost"

/** What a merchant reads for each segment key. */
export const SEGMENT_LABELS: Record<RfmSegment, string> = {
  champions: "Champions",
  loyal: "Loyal",
  potential_loyalist: "Potential loyalist",
  new: "New",
  need_attention: "Needs attention",
  at_risk: "At risk",
  hibernating: "Hibernating",
  lost: "Lost",
}

export type CustomerInsight = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  orders_count: number
  total_spent: number
  average_order_value: number | null
  first_order_at: string | null
  last_order_at: string | null
  days_since_last_order: number | null
  tracking_consent: boolean
  product_views: number | null
  wishlist_size: number | null
  reviews_count: number
  open_support_requests: number
  marketing_consent: boolean
  rfm: { recency: number; frequency: number; monetary: number; segment: RfmSegment } | null
}

export type CustomerInsightsPage = {
  customers: CustomerInsight[]
  count: number
  offset: number
  limit: number
  currency_code: string
}

/** Query parameters exactly as GET /admin/insights/customers takes them. */
export type CustomerInsightsParams = Record<string, string | number | boolean>

export const customerInsightsKey = (params: CustomerInsightsParams) => ["insights", "customers", params] as const

export function useCustomerInsights(params: CustomerInsightsParams) {
  return useQuery({
    queryKey: customerInsightsKey(params),
    queryFn: () => sdk.client.fetch<CustomerInsightsPage>("/admin/insights/customers", { query: params }),
    placeholderData: (previous) => previous,
  })
}

// The shop sells in Germany: German dates and money, whatever the browser's language.
const LOCALE = "de-DE"

export function formatDate(value: string | null): string {
  return value ? new Date(value).toLocaleDateString(LOCALE, { day: "2-digit", month: "2-digit", year: "numeric" }) : "–"
}

/** Minor units → "12,34 €" with the currency's own number of decimals. */
export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) return "–"
  const format = new Intl.NumberFormat(LOCALE, { style: "currency", currency: currency.toUpperCase() })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
}
