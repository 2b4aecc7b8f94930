import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listBrandsQueryConfig, retrieveBrandQueryConfig } from "./admin/brands/query-config"
import {
  AdminCreateBrand,
  AdminGetBrandParams,
  AdminGetBrandsParams,
  AdminUpdateBrand,
  productBrandAdditionalData,
} from "./admin/brands/validators"

const adminAuth = authenticate("user", ["session", "bearer", "api-key"])

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/brands",
      method: ["GET"],
      middlewares: [adminAuth, validateAndTransformQuery(AdminGetBrandsParams, listBrandsQueryConfig)],
    },
    {
      matcher: "/admin/brands",
      method: ["POST"],
      middlewares: [
        adminAuth,
        validateAndTransformBody(AdminCreateBrand),
        validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig),
      ],
    },
    {
      matcher: "/admin/brands/:id",
      method: ["GET", "DELETE"],
      middlewares: [adminAuth, validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig)],
    },
    {
      matcher: "/admin/brands/:id",
      method: ["POST"],
      middlewares: [
        adminAuth,
        validateAndTransformBody(AdminUpdateBrand),
        validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig),
      ],
    },
    // Medusa's own product routes: the brand rides along in additional_data
    // and is applied by the workflow hooks in src/workflows/hooks.
    { matcher: "/admin/products", method: ["POST"], additionalDataValidator: productBrandAdditionalData },
    { matcher: "/admin/products/:id", method: ["POST"], additionalDataValidator: productBrandAdditionalData },
  ],
})
