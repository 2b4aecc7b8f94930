import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument, defineApiV1Operation, DOCUMENTATION_TAG } from "../../../../lib/openapi"

defineApiV1Operation({
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "OpenAPI document",
  description: "This document: OpenAPI 3.1, generated from the zod schemas the routes validate with.",
  tags: [DOCUMENTATION_TAG],
  responses: { 200: { description: "The OpenAPI 3.1 document (application/json)." } },
})

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of every api/v1 endpoint. */
export async function GET(_req: MedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(
    buildOpenApiDocument({
      title: "Medusa Shop api/v1",
      version: "1.0.0",
      description: "The store's documented API: customer registration, login and profile, and the product index.",
    })
  )
}
