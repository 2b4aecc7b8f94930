import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redocBundle } from "../../../../../lib/docs-page"
import { defineApiV1Operation, DOCUMENTATION_TAG } from "../../../../../lib/openapi"

defineApiV1Operation({
  method: "get",
  path: "/api/v1/docs/redoc.standalone.js",
  summary: "Script of the reference page",
  description: "Redoc's standalone bundle (npm redoc 2.5.2), served from this server so the page needs no CDN.",
  tags: [DOCUMENTATION_TAG],
  responses: { 200: { description: "JavaScript (text/javascript)." } },
})

/** GET /api/v1/docs/redoc.standalone.js — the pinned Redoc bundle from node_modules. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const asset = redocBundle()
  res.setHeader("Content-Type", "text/javascript; charset=utf-8")
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("ETag", asset.etag)
  if (req.fresh) {
    res.status(304).end()
    return
  }
  res.status(200).send(asset.body)
}
