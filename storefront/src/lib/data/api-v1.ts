import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { clientAddressHeaders } from "@/lib/data/client-address"

/** A field-level message from an api/v1 400 answer. */
export type FieldError = { field: string; message: string }

export type ApiV1Result<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; errorMessage: string; errors: FieldError[]; retryAfter: number | null }

type ApiV1Init = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  token?: string | null
  query?: Record<string, string | number | undefined>
  next?: { tags?: string[]; revalidate?: number | false }
  cache?: RequestCache
  /**
   * Pass the shopper's address on (signed, see client-address.ts), so the
   * backend's per-client limits (login, registration) count shoppers, not this server.
   */
  forwardClient?: boolean
}

/**
 * Calls one of the documented /api/v1 routes. Unlike the js-sdk client, it
 * keeps the contract's error body ({errorMessage, errors}) so forms can show
 * field-level messages.
 */
export async function apiV1<T>(path: string, init: ApiV1Init = {}): Promise<ApiV1Result<T>> {
  const url = new URL(`${BACKEND_URL}/api/v1/${path.replace(/^\//, "")}`)
  for (const [key, value] of Object.entries(init.query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: "application/json" }
  if (PUBLISHABLE_KEY) headers["x-publishable-api-key"] = PUBLISHABLE_KEY
  if (init.body !== undefined) headers["content-type"] = "application/json"
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.forwardClient) Object.assign(headers, await clientAddressHeaders())

  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    ...(init.next ? { next: init.next } : {}),
    cache: init.cache ?? (init.next ? undefined : "no-store"),
  })
  const text = await res.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  if (res.ok) {
    return { ok: true, status: res.status, data: json as T, headers: res.headers }
  }
  const body = (json ?? {}) as { errorMessage?: unknown; message?: unknown; errors?: unknown }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldError =>
          !!e && typeof (e as FieldError).field === "string" && typeof (e as FieldError).message === "string"
      )
    : []
  const retryAfter = Number(res.headers.get("retry-after"))
  return {
    ok: false,
    status: res.status,
    errorMessage:
      typeof body.errorMessage === "string"
        ? body.errorMessage
        : typeof body.message === "string"
          ? body.message
          : res.statusText || "Request failed",
    errors,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  }
}
