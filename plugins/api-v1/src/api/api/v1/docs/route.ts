import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DOCS_CONTENT_SECURITY_POLICY, docsPageHtml } from "../../../../lib/docs-page"
import { defineApiV1Operation, DOCUMENTATION_TAG } from "../../../../lib/openapi"

defineApiV1Operation({
  method: "get",
  path: "/api/v1/docs",
  summary: "API reference page",
  description: "This reference as an HTML page, rendered in the browser by Redoc from /api/v1/openapi.json.",
  tags: [DOCUMENTATION_TAG],
  responses: { 200: { description: "An HTML page (text/html)." } },
})

/** GET /api/v1/docs — the readable reference of every api/v1 endpoint (Redoc, served locally). */
export async function GET(_req: MedusaRequest, res: MedusaResponse): Promise<void> {
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200).send(docsPageHtml("Medusa Shop api/v1 reference"))
}
