import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

/** The order metadata key holding the last refused capture (read by the admin widget and the invoice). */
export const CAPTURE_FAILURE_KEY = "payment_capture_failure"

export type CaptureFailure = {
  payment_id: string
  /** The processor's code, e.g. "capture_declined"; null when the processor gave none. */
  code: string | null
  /** The processor's reason in its own words. */
  reason: string
  /** ISO time of the refused capture. */
  failed_at: string
}

export type RecordCaptureFailureInput = {
  order_id: string
  /** null: the capture went through, so an earlier failure is cleared. */
  failure: CaptureFailure | null
  /** Who set off the capture (the admin user), or the automation that did; kept in the order's change history. */
  recorded_by: string
}

/**
 * Keeps a refused capture on the order (its metadata, through Medusa's
 * updateOrderWorkflow, which also records the change in the order's history),
 * so it is still visible once the admin's toast is gone; a later successful
 * capture clears it. Other metadata keys are kept.
 */
export const recordCaptureFailureWorkflow = createWorkflow(
  "record-capture-failure",
  (input: RecordCaptureFailureInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "metadata"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ orders, input }, ({ orders, input }) => {
      const metadata = { ...((orders[0]?.metadata as Record<string, unknown> | null) ?? {}) }
      metadata[CAPTURE_FAILURE_KEY] = input.failure
      return { id: input.order_id, user_id: input.recorded_by, metadata }
    })
    const order = updateOrderWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(order)
  }
)
