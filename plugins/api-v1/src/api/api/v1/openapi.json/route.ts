import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument } from "../../../../lib/openapi"

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
