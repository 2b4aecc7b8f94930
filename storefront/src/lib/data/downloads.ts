import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"

export type Download = { status: number; body: ArrayBuffer | null; contentType: string; filename: string | null }

async function download(path: string): Promise<Download> {
  const token = await getAuthToken()
  if (!token) return { status: 401, body: null, contentType: "text/plain", filename: null }
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (PUBLISHABLE_KEY) headers["x-publishable-api-key"] = PUBLISHABLE_KEY
  const res = await fetch(`${BACKEND_URL}${path}`, { headers, cache: "no-store" })
  const disposition = res.headers.get("content-disposition") ?? ""
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null
  return {
    status: res.status,
    body: res.ok ? await res.arrayBuffer() : null,
    contentType: res.headers.get("content-type") ?? "application/octet-stream",
    filename,
  }
}

/** The invoice PDF of one of the customer's orders (GET /store/orders/:id/invoice, owner only). */
export function fetchInvoice(orderId: string): Promise<Download> {
  return download(`/store/orders/${encodeURIComponent(orderId)}/invoice`)
}

/** Everything the store keeps about the customer (GET /api/v1/customer/me/export/). */
export function fetchAccountExport(): Promise<Download> {
  return download("/api/v1/customer/me/export/")
}
