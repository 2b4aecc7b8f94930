import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSupportRequest } from "../../../../../lib/read"
import { toStoreSupportRequest } from "../../../../../lib/serialize"
import { findOwnSupportRequest } from "../../../../../lib/store-access"
import { changeSupportRequestStatusWorkflow } from "../../../../../workflows/change-support-request-status"

/** POST /store/support-requests/:id/close — the customer closes their request. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const request = await findOwnSupportRequest(req, req.params.id)
  await changeSupportRequestStatusWorkflow(req.scope).run({
    input: { request_id: request.id, actor: "customer", status: "closed" },
  })
  res.json({ support_request: toStoreSupportRequest(await readSupportRequest(req.scope, request.id), true) })
}
