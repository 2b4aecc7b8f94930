import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { VISITOR_HEADER } from "@/lib/data/visitor"

/**
 * Plain calls to the engagement routes of the backend (@shop/engagement),
 * with the shopper's token and visitor id passed in: the helpers here can run
 * after the response was sent (`after()`), where cookies cannot be read.
 */
export type Caller = { token: string | null; visitorId: string | null }

export type EngagementResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

export async function engagementFetch<T>(
  path: string,
  caller: Caller,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}
): Promise<EngagementResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (PUBLISHABLE_KEY) headers["x-publishable-api-key"] = PUBLISHABLE_KEY
  if (caller.token) headers.authorization = `Bearer ${caller.token}`
  if (caller.visitorId) headers[VISITOR_HEADER] = caller.visitorId
  if (init.body !== undefined) headers["content-type"] = "application/json"
  try {
    const res = await fetch(`${BACKEND_URL}${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    })
    const json: unknown = await res.json().catch(() => null)
    if (res.ok) return { ok: true, data: json as T }
    const message = (json as { message?: unknown } | null)?.message
    return { ok: false, status: res.status, message: typeof message === "string" ? message : `HTTP ${res.status}` }
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : "network error" }
  }
}

/** The caller's stored consent: true, false, or null when never asked. */
export async function readConsent(caller: Caller): Promise<boolean | null> {
  if (!caller.token && !caller.visitorId) return null
  const result = await engagementFetch<{ consent: { granted: boolean | null } }>("/store/engagement/consent", caller)
  return result.ok ? result.data.consent.granted : null
}

/** Reports a product page view; the backend records it only with consent. Never throws. */
export async function recordProductView(productId: string, caller: Caller): Promise<void> {
  if (!caller.token && !caller.visitorId) return
  await engagementFetch("/store/engagement/views", caller, { method: "POST", body: { product_id: productId } })
}

/** The shopper's recently viewed product ids, newest first (empty without consent or on any error). */
export async function listRecentlyViewedIds(caller: Caller, excludeId: string, limit = 8): Promise<string[]> {
  if (!caller.token && !caller.visitorId) return []
  const query = new URLSearchParams({ limit: String(limit), exclude: excludeId })
  const result = await engagementFetch<{ products: { id: string }[] }>(`/store/engagement/views?${query}`, caller)
  return result.ok ? result.data.products.map((p) => p.id) : []
}

/** After login: the visitor's history joins the customer's. */
export async function mergeVisitorIntoCustomer(caller: Caller): Promise<void> {
  if (!caller.token || !caller.visitorId) return
  await engagementFetch("/store/engagement/merge", caller, { method: "POST" })
}
