import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSupportRequest } from "../../../../../lib/read"
import { toAdminSupportRequest } from "../../../../../lib/serialize"
import { replyToSupportRequestWorkflow } from "../../../../../workflows/reply-to-support-request"
import type { AdminReplySupportRequestType } from "../../../../validators"

/** POST /admin/support-requests/:id/messages — the merchant replies; the customer gets it by email. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReplySupportRequestType>, res: MedusaResponse) => {
  const request = await readSupportRequest(req.scope, req.params.id)
  await replyToSupportRequestWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      author: "merchant",
      author_id: req.auth_context.actor_id,
      message: req.validatedBody.message,
    },
  })
  res.json({ support_request: toAdminSupportRequest(await readSupportRequest(req.scope, request.id, { admin: true }), true) })
}
