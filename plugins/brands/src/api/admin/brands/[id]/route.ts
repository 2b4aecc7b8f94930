import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conflictMessage } from "../../../../lib/errors"
import type { ConflictBody } from "../../../../lib/errors"
import { deleteBrandWorkflow } from "../../../../workflows/delete-brand"
import { updateBrandWorkflow } from "../../../../workflows/update-brand"
import { refetchBrand } from "../helpers"
import type { AdminUpdateBrandType } from "../validators"

/** GET /admin/brands/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ brand: await refetchBrand(req.scope, req.params.id, req.queryConfig.fields) })
}

/** POST /admin/brands/:id — updates name, description or logo; a taken name answers 409. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateBrandType>, res: MedusaResponse) {
  // 404 before the workflow, so an unknown id is not reported as a failed update.
  await refetchBrand(req.scope, req.params.id, ["id"])
  try {
    await updateBrandWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  } catch (error) {
    return sendConflictOrThrow(error, res)
  }
  res.json({ brand: await refetchBrand(req.scope, req.params.id, req.queryConfig.fields) })
}

/** DELETE /admin/brands/:id — refused with 409 while products still use the brand. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refetchBrand(req.scope, req.params.id, ["id"])
  try {
    await deleteBrandWorkflow(req.scope).run({ input: { id: req.params.id } })
  } catch (error) {
    return sendConflictOrThrow(error, res)
  }
  res.json({ id: req.params.id, object: "brand", deleted: true })
}

function sendConflictOrThrow(error: unknown, res: MedusaResponse): void {
  const message = conflictMessage(error)
  if (message === null) throw error
  const body: ConflictBody = { type: "conflict", message }
  res.status(409).json(body)
}
