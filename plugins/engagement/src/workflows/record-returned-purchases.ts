import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purchaseRemoved } from "./cancel-order-purchases"
import { INTERACTION_REMOVED } from "../lib/events"
import { loadOrderLinesStep } from "./steps/load-order-lines"
import { setReturnedQuantitiesStep } from "./steps/set-returned-quantities"

/**
 * order.return_received → each line's returned quantity is copied from the
 * order (an absolute value: idempotent). A line returned in full leaves the
 * recommender's signals (engagement.interaction.removed), once.
 */
export const recordReturnedPurchasesWorkflow = createWorkflow(
  "engagement-record-returned-purchases",
  (input: { order_id: string }) => {
    const order = loadOrderLinesStep(input)
    const lines = transform({ order }, ({ order }) =>
      (order?.lines ?? []).map((l) => ({ line_item_id: l.line_item_id, returned_quantity: l.returned_quantity }))
    )
    const changed = setReturnedQuantitiesStep({ lines })
    const events = transform({ changed }, ({ changed }) =>
      changed
        .filter((r) => r.product_id && r.returned_quantity >= r.quantity && r.previous_returned_quantity < r.quantity)
        .map(purchaseRemoved)
    )
    emitEventStep({ eventName: INTERACTION_REMOVED, data: events })
    return new WorkflowResponse(changed)
  }
)
