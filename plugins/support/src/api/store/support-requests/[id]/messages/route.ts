import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import { readSupportRequest } from "../../../../../lib/read"
import { toStoreSupportRequest } from "../../../../../lib/serialize"
import { findOwnSupportRequest } from "../../../../../lib/store-access"
import { replyToSupportRequestWorkflow } from "../../../../../workflows/reply-to-support-request"
import type { StoreReplySupportRequestType } from "../../../../validators"

/** POST /store/support-requests/:id/messages — the customer answers; the request is open again. */
export const POST = async (req: MedusaRequest<StoreReplySupportRequestType>, res: MedusaResponse) => {
  const request = await findOwnSupportRequest(req, req.params.id)
  await replyToSupportRequestWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      author: "customer",
      author_id: customerIdOf(req),
      message: req.validatedBody.message,
    },
  })
  res.json({ support_request: toStoreSupportRequest(await readSupportRequest(req.scope, request.id), true) })
}
