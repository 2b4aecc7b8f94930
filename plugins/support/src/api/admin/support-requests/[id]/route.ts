import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSupportRequest } from "../../../../lib/read"
import { toAdminSupportRequest } from "../../../../lib/serialize"
import { changeSupportRequestStatusWorkflow } from "../../../../workflows/change-support-request-status"
import { markSupportRequestReadWorkflow } from "../../../../workflows/mark-support-request-read"
import type { AdminUpdateSupportRequestType } from "../../../validators"

/** GET /admin/support-requests/:id — the thread; opening it marks it read for the merchant. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const request = await readSupportRequest(req.scope, req.params.id, { admin: true })
  if (request.merchant_unread_count > 0) {
    await markSupportRequestReadWorkflow(req.scope).run({ input: { request_id: request.id, reader: "merchant" } })
  }
  res.json({ support_request: toAdminSupportRequest({ ...request, merchant_unread_count: 0 }, true) })
}

/** POST /admin/support-requests/:id — change the status (close, reopen, wait for the customer). */
export const POST = async (req: MedusaRequest<AdminUpdateSupportRequestType>, res: MedusaResponse) => {
  const request = await readSupportRequest(req.scope, req.params.id)
  await changeSupportRequestStatusWorkflow(req.scope).run({
    input: { request_id: request.id, actor: "merchant", status: req.validatedBody.status },
  })
  res.json({ support_request: toAdminSupportRequest(await readSupportRequest(req.scope, request.id, { admin: true }), true) })
}
