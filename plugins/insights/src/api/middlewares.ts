import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AdminGetCustomerInsightsParams } from "./admin/insights/customers/validators"

const adminAuth = authenticate("user", ["session", "bearer", "api-key"])

/**
 * Validates the list's query into `req.validatedQuery`. Medusa's
 * validateAndTransformQuery would read `order`, `limit` and `fields` as a
 * Query config for an entity, which this read model is not.
 */
function validateInsightsQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = AdminGetCustomerInsightsParams.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = String(issue.path[0] ?? "")
    const message =
      issue.code === "unrecognized_keys"
        ? `Unknown parameter: ${issue.keys.join(", ")}`
        : Array.isArray(req.query[name])
          ? `${name} must be given once`
          : issue.message
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  }
  req.validatedQuery = parsed.data
  next()
}

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/insights/customers",
      method: ["GET"],
      middlewares: [adminAuth, validateInsightsQuery],
    },
  ],
})
