import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import {
  Badge,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  useDataTable,
} from "@medusajs/ui"
import type { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { SEGMENT_LABELS, currencyDigits, formatDate, formatMoney, useCustomerInsights } from "../../lib/insights-api"
import type { CustomerInsight, CustomerInsightsParams, RfmSegment } from "../../lib/insights-api"

const PAGE_SIZE = 20
const DAY = 24 * 60 * 60 * 1000

const column = createDataTableColumnHelper<CustomerInsight>()
const filter = createDataTableFilterHelper<CustomerInsight>()

const count = (value: number | null) => (value === null ? "–" : String(value))
const fullName = (c: CustomerInsight) => [c.first_name, c.last_name].filter(Boolean).join(" ") || "–"

function columns(currency: string) {
  return [
    column.accessor("first_name", {
      id: "name",
      header: "Customer",
      enableSorting: true,
      sortLabel: "Name",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <Text size="small" weight="plus">{fullName(row.original)}</Text>
          <Text size="small" className="text-ui-fg-subtle">{row.original.email}</Text>
        </div>
      ),
    }),
    column.accessor("orders_count", { header: "Orders", enableSorting: true, sortLabel: "Orders" }),
    column.accessor("total_spent", {
      header: "Spent (after refunds)",
      enableSorting: true,
      sortLabel: "Spent",
      cell: ({ getValue }) => formatMoney(getValue(), currency),
    }),
    column.accessor("average_order_value", {
      header: "Average order",
      enableSorting: true,
      sortLabel: "Average order",
      cell: ({ getValue }) => formatMoney(getValue(), currency),
    }),
    column.accessor("first_order_at", {
      header: "First order",
      enableSorting: true,
      sortLabel: "First order",
      cell: ({ getValue }) => formatDate(getValue()),
    }),
    column.accessor("last_order_at", {
      header: "Last order",
      enableSorting: true,
      sortLabel: "Last order",
      cell: ({ getValue }) => formatDate(getValue()),
    }),
    column.accessor("days_since_last_order", {
      header: "Days since last order",
      enableSorting: true,
      sortLabel: "Days since last order",
      cell: ({ getValue }) => count(getValue()),
    }),
    column.accessor("rfm", {
      id: "rfm_segment",
      header: "Segment",
      enableSorting: true,
      sortLabel: "Segment",
      cell: ({ getValue }) => {
        const rfm = getValue()
        return rfm ? (
          <Badge size="2xsmall" title={`Recency ${rfm.recency}, frequency ${rfm.frequency}, money ${rfm.monetary} (1–5)`}>
            {SEGMENT_LABELS[rfm.segment]}
          </Badge>
        ) : (
          <Text size="small" className="text-ui-fg-muted">No orders</Text>
        )
      },
    }),
    column.accessor("product_views", {
      header: "Product views",
      enableSorting: true,
      sortLabel: "Product views",
      cell: ({ row }) => (row.original.tracking_consent ? count(row.original.product_views) : "No consent"),
    }),
    column.accessor("wishlist_size", {
      header: "Wishlist",
      enableSorting: true,
      sortLabel: "Wishlist",
      cell: ({ row }) => (row.original.tracking_consent ? count(row.original.wishlist_size) : "No consent"),
    }),
    column.accessor("reviews_count", { header: "Reviews", enableSorting: true, sortLabel: "Reviews" }),
    column.accessor("open_support_requests", {
      header: "Open support requests",
      enableSorting: true,
      sortLabel: "Open support requests",
    }),
    column.accessor("marketing_consent", {
      header: "Marketing emails",
      enableSorting: true,
      sortLabel: "Marketing emails",
      cell: ({ getValue }) => (getValue() ? "Yes" : "No"),
    }),
  ]
}

const filters = [
  filter.accessor("rfm", {
    type: "multiselect",
    label: "Segment",
    options: (Object.keys(SEGMENT_LABELS) as RfmSegment[]).map((value) => ({ label: SEGMENT_LABELS[value], value })),
  }),
  filter.accessor("orders_count", { type: "number", label: "Orders" }),
  filter.accessor("total_spent", { type: "number", label: "Spent (€)" }),
  filter.accessor("last_order_at", {
    type: "date",
    label: "Last order",
    format: "date",
    formatDateValue: (value) => formatDate(value.toISOString()),
    rangeOptionStartLabel: "From",
    rangeOptionEndLabel: "Until",
    options: [
      { label: "In the last 30 days", value: { $gte: new Date(Date.now() - 30 * DAY).toISOString() } },
      { label: "In the last 90 days", value: { $gte: new Date(Date.now() - 90 * DAY).toISOString() } },
      { label: "More than 90 days ago", value: { $lt: new Date(Date.now() - 90 * DAY).toISOString() } },
      { label: "More than a year ago", value: { $lt: new Date(Date.now() - 365 * DAY).toISOString() } },
    ],
  }),
  filter.accessor("marketing_consent", {
    type: "radio",
    label: "Marketing emails",
    options: [
      { label: "Accepted", value: "true" },
      { label: "Not accepted", value: "false" },
    ],
  }),
  filter.accessor("open_support_requests", {
    type: "radio",
    label: "Open support requests",
    options: [
      { label: "Has open requests", value: "true" },
      { label: "None open", value: "false" },
    ],
  }),
]

type Comparison = { $eq?: number; $gt?: number; $gte?: number; $lt?: number; $lte?: number }

/** A number filter (a number or {$gte: n}, …) as inclusive bounds. */
function bounds(value: unknown): { min?: number; max?: number } {
  if (typeof value === "number") return { min: value, max: value }
  if (typeof value !== "object" || value === null) return {}
  const c: Comparison = value
  return {
    min: c.$eq ?? c.$gte ?? (c.$gt !== undefined ? c.$gt + 1 : undefined),
    max: c.$eq ?? c.$lte ?? (c.$lt !== undefined ? c.$lt - 1 : undefined),
  }
}

/** The table's state as the route's query parameters. */
function toParams(
  filtering: DataTableFilteringState,
  sorting: DataTableSortingState | null,
  pagination: DataTablePaginationState,
  search: string,
  digits: number
): CustomerInsightsParams {
  const params: CustomerInsightsParams = {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : "-last_order_at",
  }
  if (search.trim()) params.q = search.trim()
  const segments = filtering.rfm
  if (Array.isArray(segments) && segments.length > 0) params.rfm_segment = segments.join(",")
  const orders = bounds(filtering.orders_count)
  if (orders.min !== undefined) params.min_orders = Math.max(0, Math.floor(orders.min))
  if (orders.max !== undefined) params.max_orders = Math.max(0, Math.floor(orders.max))
  // The merchant types euros; the route takes minor units.
  const spent = bounds(filtering.total_spent)
  if (spent.min !== undefined) params.min_spent = Math.max(0, Math.round(spent.min * 10 ** digits))
  if (spent.max !== undefined) params.max_spent = Math.max(0, Math.round(spent.max * 10 ** digits))
  const last = filtering.last_order_at
  if (typeof last === "object" && last !== null) {
    const range: { $gte?: string; $gt?: string; $lte?: string; $lt?: string } = last
    const after = range.$gte ?? range.$gt
    const before = range.$lt ?? range.$lte
    if (after) params.last_order_after = new Date(after).toISOString()
    if (before) params.last_order_before = new Date(before).toISOString()
  }
  for (const [key, param] of [
    ["marketing_consent", "marketing_consent"],
    ["open_support_requests", "has_open_support_requests"],
  ] as const) {
    const value = filtering[key]
    if (value === "true" || value === "false") params[param] = value
  }
  return params
}

/** Customers with their orders, spending, engagement and RFM segment; sorted, filtered and paged by the server. */
const CustomerInsightsPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [sorting, setSorting] = useState<DataTableSortingState | null>({ id: "last_order_at", desc: true })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [search, setSearch] = useState("")
  // The store's currency arrives with the first page; until then, the shop's euro.
  const [currency, setCurrency] = useState("eur")

  const params = useMemo(
    () => toParams(filtering, sorting, pagination, search, currencyDigits(currency)),
    [filtering, sorting, pagination, search, currency]
  )
  const { data, isLoading, error } = useCustomerInsights(params)
  useEffect(() => {
    if (data?.currency_code) setCurrency(data.currency_code)
  }, [data?.currency_code])

  const table = useDataTable({
    data: data?.customers ?? [],
    columns: useMemo(() => columns(currency), [currency]),
    filters,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_event, row) => navigate(`/customers/${row.id}`),
    pagination: { state: pagination, onPaginationChange: setPagination },
    sorting: { state: sorting, onSortingChange: setSorting },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    search: { state: search, onSearchChange: setSearch },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Customer insights</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Who buys, how much and how recently. Views and wishlists only for customers who allowed tracking.
            </Text>
          </div>
          <div className="flex gap-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.SortingMenu tooltip="Sort" />
            <DataTable.Search placeholder="Search name or email" />
          </div>
        </DataTable.Toolbar>
        {error ? (
          <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: "No customers yet" },
              filtered: { heading: "No customers match", description: "Change or clear the filters." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Customer insights",
  icon: Users,
})

export default CustomerInsightsPage
