import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentRecordingOutcome } from "../../../lib/capture-payment"
import type { AdminCapturePaymentType } from "./validators"

/** The payment fields Medusa's capture route answers with when the client asks for none. */
const DEFAULT_FIELDS = ["id", "currency_code", "amount", "captured_at", "canceled_at", "payment_collection_id", "provider_id", "data", "captures.*", "refunds.*"]

/**
 * Medusa's POST /admin/payments/:id/capture, done here so that a capture the
 * processor refuses is recorded on the order before the error is answered
 * (Medusa's route has no hook for a failed capture). The capture itself is
 * still Medusa's capturePaymentWorkflow with the same input; the answer has
 * Medusa's shape (`{ payment }`), and errors go to Medusa's error handler.
 */
export async function captureRecordingFailure(
  req: AuthenticatedMedusaRequest<AdminCapturePaymentType>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const paymentId = req.params.id
    await capturePaymentRecordingOutcome(req.scope, {
      payment_id: paymentId,
      captured_by: req.auth_context?.actor_id,
      amount: req.validatedBody?.amount,
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const fields = req.queryConfig?.fields?.length ? req.queryConfig.fields : DEFAULT_FIELDS
    const { data } = await query.graph({ entity: "payment", fields, filters: { id: paymentId } })
    res.status(200).json({ payment: data[0] })
  } catch (error) {
    next(error)
  }
}
