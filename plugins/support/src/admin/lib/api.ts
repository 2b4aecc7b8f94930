/** The support admin routes, as the admin pages and widget read them (same-origin session). */

export type SupportStatus = "open" | "waiting_for_customer" | "closed"

export type AdminSupportMessage = {
  id: string
  author: "customer" | "merchant"
  author_id: string | null
  body: string
  created_at: string
}

export type AdminSupportRequest = {
  id: string
  subject: string
  category: string
  status: SupportStatus
  email: string
  customer_id: string | null
  order_id: string | null
  order: { id: string; display_id: number | null } | null
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  unread_count: number
  last_message_at: string | null
  closed_at: string | null
  created_at: string
  messages?: AdminSupportMessage[]
}

export type AdminSupportRequestList = {
  support_requests: AdminSupportRequest[]
  count: number
  offset: number
  limit: number
  unread_total: number
}

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (data as { message?: unknown } | null)?.message
    throw new AdminApiError(res.status, typeof message === "string" ? message : `Request failed (${res.status})`)
  }
  return data as T
}

export const STATUS_LABELS: Record<SupportStatus, string> = {
  open: "Open",
  waiting_for_customer: "Waiting for customer",
  closed: "Closed",
}

export const STATUS_COLORS: Record<SupportStatus, "orange" | "blue" | "grey"> = {
  open: "orange",
  waiting_for_customer: "blue",
  closed: "grey",
}

export const CATEGORY_LABELS: Record<string, string> = {
  order_problem: "Order problem",
  return: "Return",
  product_question: "Product question",
  other: "Other",
}

export function formatTime(value: string | null): string {
  return value ? new Date(value).toLocaleString() : "–"
}
