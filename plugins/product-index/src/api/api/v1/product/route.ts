import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ValidatedRequest } from "@shop/api-v1/lib/validate"
import { PRODUCT_INDEX_MODULE } from "../../../../modules/product-index"
import type ProductIndexModuleService from "../../../../modules/product-index/service"
import { fold } from "../../../../lib/index-rows"
import { productIndexRefresher } from "../../../../lib/refresh-scheduler"
import { sendCached } from "./send-cached"
import "./openapi"
import { LIMIT_DEFAULT } from "./validators"
import type { ApiV1ProductListQueryType } from "./validators"

/** GET /api/v1/product/ — the catalogue in the specification's shape, total in X-Total-Count. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const query = (req as ValidatedRequest<unknown, ApiV1ProductListQueryType>).apiV1Query ?? {}
  await productIndexRefresher.ensureBuilt(req.scope)
  const q = query.q?.trim()
  const brand = query.brand?.trim()
  const response = await req.scope.resolve<ProductIndexModuleService>(PRODUCT_INDEX_MODULE).listingResponse({
    q: q ? fold(q) : undefined,
    brand: brand ? fold(brand) : undefined,
    limit: query.limit ?? LIMIT_DEFAULT,
    offset: query.offset ?? 0,
    order: query.order ?? "name",
  })
  sendCached(req, res, response)
}
