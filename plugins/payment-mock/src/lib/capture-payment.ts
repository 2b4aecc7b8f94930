import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { CaptureFailure } from "../workflows/record-capture-failure"
import { CAPTURE_FAILURE_KEY, recordCaptureFailureWorkflow } from "../workflows/record-capture-failure"

export type CapturePaymentInput = { payment_id: string; captured_by?: string; amount?: number }

type PaymentWithOrder = {
  id: string
  payment_collection?: { order?: { id: string; metadata?: Record<string, unknown> | null } | null } | null
}

/**
 * Captures a payment with Medusa's capturePaymentWorkflow and keeps the
 * outcome on its order: a refused capture (the processor's reason and time)
 * is recorded before the error is passed on, a successful one clears an
 * earlier refusal. Used by the admin's Capture and by capture on shipment.
 */
export async function capturePaymentRecordingOutcome(container: MedusaContainer, input: CapturePaymentInput): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "payment_collection.order.metadata"],
    filters: { id: input.payment_id },
  })
  const order = (data[0] as PaymentWithOrder | undefined)?.payment_collection?.order ?? null

  try {
    await capturePaymentWorkflow(container).run({ input })
  } catch (error) {
    const message = errorMessage(error)
    if (order && isProcessorRefusal(message)) {
      await recordCaptureFailureWorkflow(container).run({
        input: { order_id: order.id, failure: captureFailure(input.payment_id, message), recorded_by: recordedBy(input) },
      })
    }
    throw error
  }
  if (order?.metadata?.[CAPTURE_FAILURE_KEY]) {
    await recordCaptureFailureWorkflow(container).run({ input: { order_id: order.id, failure: null, recorded_by: recordedBy(input) } })
  }
}

/** The admin user who captured, or the shipment automation. */
function recordedBy(input: CapturePaymentInput): string {
  return input.captured_by ?? "capture-on-shipment"
}

/** A workflow passes on a step's error as an Error or as its serialized form. */
function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" ? message : ""
}

/** Medusa's own refusals (not found, already captured) name no processor reason and are not recorded. */
function isProcessorRefusal(message: string): boolean {
  return /^Capture failed/.test(message)
}

function captureFailure(paymentId: string, message: string): CaptureFailure {
  // The processor's message reads "Capture failed (<code>): <reason>".
  const match = /^Capture failed(?: \(([a-z_]+)\))?:\s*(.*)$/s.exec(message)
  return {
    payment_id: paymentId,
    code: match?.[1] ?? null,
    reason: (match?.[2] || message).trim(),
    failed_at: new Date().toISOString(),
  }
}
