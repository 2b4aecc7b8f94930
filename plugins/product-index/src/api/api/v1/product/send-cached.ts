import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CachedResponse } from "../../../../modules/product-index/response-cache"

/**
 * Sends a prepared body as is: no JSON.stringify per request, and a
 * precomputed ETag so Express neither hashes the body nor misses a 304.
 */
export function sendCached(req: MedusaRequest, res: MedusaResponse, response: CachedResponse): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache")
  res.setHeader("ETag", response.etag)
  if (response.total !== null) {
    res.setHeader("X-Total-Count", String(response.total))
    res.setHeader("Access-Control-Expose-Headers", "X-Total-Count")
  }
  if (req.fresh) {
    res.status(304).end()
    return
  }
  res.status(200).send(response.body)
}
