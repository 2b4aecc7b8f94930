import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { clientAddressHeaders } from "@/lib/data/client-address"
import { getAuthToken } from "@/lib/data/cookies"

export type SupportCategory = "order_problem" | "return" | "product_question" | "other"
export type SupportStatus = "open" | "waiting_for_customer" | "closed"

export type SupportMessage = { id: string; author: "customer" | "merchant"; body: string; created_at: string }
export type SupportRequest = {
  id: string
  reference: string
  subject: string
  category: SupportCategory
  status: SupportStatus
  order_id: string | null
  email: string
  unread_count: number
  last_message_at: string | null
  closed_at: string | null
  created_at: string
  messages?: SupportMessage[]
}

/** Who is asking: the logged-in customer (token), a guest with a request's token, or a guest with an order's proof. */
export type Access = { token?: string | null; supportToken?: string | null; orderProof?: { email: string; token: string } | null }

export type Result<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; retryAfter: number | null }

export async function call<T>(method: "GET" | "POST", path: string, access: Access, body?: unknown): Promise<Result<T>> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (PUBLISHABLE_KEY) headers["x-publishable-api-key"] = PUBLISHABLE_KEY
  if (access.token) headers.authorization = `Bearer ${access.token}`
  if (access.supportToken) headers["x-support-token"] = access.supportToken
  if (access.orderProof) {
    headers["x-order-email"] = access.orderProof.email
    headers["x-order-token"] = access.orderProof.token
  }
  if (body !== undefined) {
    headers["content-type"] = "application/json"
    // The backend's per-client limit on new requests counts shoppers, not this server.
    Object.assign(headers, await clientAddressHeaders())
  }
  const res = await fetch(`${BACKEND_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  })
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null
  if (res.ok) return { ok: true, status: res.status, data: json as T }
  const retryAfter = Number(res.headers.get("retry-after"))
  return {
    ok: false,
    status: res.status,
    message: typeof json?.message === "string" ? json.message : res.statusText || "Request failed",
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  }
}

/** The logged-in customer's requests, newest activity first; optionally those about one order. */
export async function listSupportRequests(orderId?: string): Promise<SupportRequest[]> {
  const token = await getAuthToken()
  if (!token) return []
  const query = new URLSearchParams({ limit: "50" })
  if (orderId) query.set("order_id", orderId)
  const res = await call<{ support_requests: SupportRequest[] }>("GET", `/store/support-requests?${query}`, { token })
  return res.ok ? res.data.support_requests : []
}

/** One request with its thread, for its customer or a guest holding its token; null for anyone else. */
export async function getSupportRequest(id: string, supportToken?: string | null): Promise<SupportRequest | null> {
  const token = supportToken ? null : await getAuthToken()
  const res = await call<{ support_request: SupportRequest }>("GET", `/store/support-requests/${encodeURIComponent(id)}`, {
    token,
    supportToken,
  })
  return res.ok ? res.data.support_request : null
}

