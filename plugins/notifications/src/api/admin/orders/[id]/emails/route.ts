import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_DELIVERY_MODULE } from "../../../../../modules/email-delivery"
import type EmailDeliveryModuleService from "../../../../../modules/email-delivery/service"

/** GET /admin/orders/:id/emails — the mails sent (or being retried) about an order, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service: EmailDeliveryModuleService = req.scope.resolve(EMAIL_DELIVERY_MODULE)
  const emails = await service.listEmailDeliveries(
    { reference: `order:${req.params.id}` },
    {
      select: ["id", "template", "to", "subject", "status", "attempts", "max_attempts", "last_error", "next_attempt_at", "sent_at", "created_at"],
      order: { created_at: "DESC" },
      take: 50,
    }
  )
  res.json({ emails })
}
