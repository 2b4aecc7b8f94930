import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@shop/api-v1/lib/validate"
import { ApiV1ProductListQuery } from "./validators"

export const productMiddlewares: MiddlewareRoute[] = [
  // Public, read-only: no authenticate(). Only the query is validated.
  { matcher: "/api/v1/product", method: ["GET"], middlewares: [validateQuery(ApiV1ProductListQuery)] },
]
