import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { conflictMessage } from "../../../lib/errors"
import type { ConflictBody } from "../../../lib/errors"
import { createBrandWorkflow } from "../../../workflows/create-brand"
import { refetchBrand, withProductCounts } from "./helpers"
import type { AdminCreateBrandType, AdminGetBrandsParamsType } from "./validators"

/** GET /admin/brands — brands with their product counts; `q` searches the name. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetBrandsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "brand",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    brands: await withProductCounts(req.scope, data as { id: string }[]),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/brands — creates a brand; a name taken in any case answers 409. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateBrandType>, res: MedusaResponse) {
  try {
    const { result } = await createBrandWorkflow(req.scope).run({ input: req.validatedBody })
    res.json({ brand: await refetchBrand(req.scope, result.id, req.queryConfig.fields) })
  } catch (error) {
    const message = conflictMessage(error)
    if (message === null) throw error
    const body: ConflictBody = { type: "conflict", message }
    res.status(409).json(body)
  }
}
