import { z } from "@medusajs/framework/zod"
import { SORTABLE_COLUMNS } from "../../../../lib/insights-read-model"
import type { SortableColumn } from "../../../../lib/insights-read-model"
import { RFM_SEGMENTS } from "../../../../lib/rfm"
import type { RfmSegment } from "../../../../lib/rfm"

const count = (name: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a whole number, 0 or more`)
    .transform(Number)
    .optional()

/** 2026-02-31 parses as 3 March in some engines: the calendar day must exist as written. */
function realDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) return false
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value.slice(0, 10)
}

const day = (name: string) =>
  z
    .string()
    .refine(realDay, `${name} must be a date like 2026-01-31`)
    .transform((value) => new Date(value))
    .optional()

const yesNo = (name: string) =>
  z
    .enum(["true", "false"], { message: `${name} must be true or false` })
    .transform((value) => value === "true")
    .optional()

const orderParam = z
  .string()
  .refine(
    (value) => (SORTABLE_COLUMNS as readonly string[]).includes(value.replace(/^-/, "")),
    `order must be one of ${SORTABLE_COLUMNS.join(", ")}, with a leading - for descending`
  )

/** `-total_spent` → descending by total_spent; the value was checked by the schema. */
export function sortOf(order: string): { column: SortableColumn; direction: "asc" | "desc" } {
  const column = SORTABLE_COLUMNS.find((c) => c === order.replace(/^-/, "")) ?? "last_order_at"
  return { column, direction: order.startsWith("-") ? "desc" : "asc" }
}

const segments = z
  .string()
  .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean))
  .refine(
    (values) => values.length > 0 && values.every((v) => (RFM_SEGMENTS as readonly string[]).includes(v)),
    `rfm_segment must be a comma-separated list of ${RFM_SEGMENTS.join(", ")}`
  )
  .transform((values) => values as RfmSegment[])
  .optional()

/** Query of GET /admin/insights/customers; money in minor units of the store currency. */
export const AdminGetCustomerInsightsParams = z
  .object({
    limit: z
      .string()
      .regex(/^\d+$/, "limit must be a whole number from 1 to 200")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 200, "limit must be a whole number from 1 to 200")
      .default(20),
    offset: z.string().regex(/^\d{1,9}$/, "offset must be a whole number, 0 or more").transform(Number).default(0),
    order: orderParam.default("-last_order_at"),
    min_orders: count("min_orders"),
    max_orders: count("max_orders"),
    min_spent: count("min_spent"),
    max_spent: count("max_spent"),
    last_order_before: day("last_order_before"),
    last_order_after: day("last_order_after"),
    rfm_segment: segments,
    marketing_consent: yesNo("marketing_consent"),
    has_open_support_requests: yesNo("has_open_support_requests"),
    q: z.string().trim().max(200, "q must be at most 200 characters").optional(),
  })
  .strict()

export type AdminGetCustomerInsightsParamsType = z.infer<typeof AdminGetCustomerInsightsParams>
