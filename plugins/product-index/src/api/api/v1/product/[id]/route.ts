import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NOT_FOUND, sendError } from "@shop/api-v1/lib/errors"
import { PRODUCT_INDEX_MODULE } from "../../../../../modules/product-index"
import type ProductIndexModuleService from "../../../../../modules/product-index/service"
import { productIndexRefresher } from "../../../../../lib/refresh-scheduler"
import { sendCached } from "../send-cached"
import "../openapi"

/** Ids are short; anything longer cannot be a product and is not looked up. */
const ID_MAX_LENGTH = 100

/** GET /api/v1/product/:id/ — one published product, or 404 {"errorMessage":"Not Found"}. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const id = req.params.id
  if (typeof id !== "string" || id.length === 0 || id.length > ID_MAX_LENGTH) {
    return sendError(res, 404, NOT_FOUND)
  }
  await productIndexRefresher.ensureBuilt(req.scope)
  const response = await req.scope.resolve<ProductIndexModuleService>(PRODUCT_INDEX_MODULE).detailResponse(id)
  if (!response) {
    return sendError(res, 404, NOT_FOUND)
  }
  sendCached(req, res, response)
}
