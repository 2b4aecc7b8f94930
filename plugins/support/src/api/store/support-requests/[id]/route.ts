import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toStoreSupportRequest } from "../../../../lib/serialize"
import { findOwnSupportRequest } from "../../../../lib/store-access"
import { markSupportRequestReadWorkflow } from "../../../../workflows/mark-support-request-read"

/** GET /store/support-requests/:id — the thread, for its customer or the guest with its token. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const request = await findOwnSupportRequest(req, req.params.id, true)
  if (request.customer_unread_count > 0) {
    await markSupportRequestReadWorkflow(req.scope).run({ input: { request_id: request.id, reader: "customer" } })
  }
  res.json({ support_request: toStoreSupportRequest({ ...request, customer_unread_count: 0 }, true) })
}
