import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRemoved } from "../lib/events"
import { customerActor, INTERACTION_REMOVED } from "../lib/events"
import type { PurchaseRow } from "../modules/engagement/service"
import { cancelPurchasesStep } from "./steps/cancel-purchases"

export function purchaseRemoved(row: PurchaseRow): InteractionRemoved {
  return {
    actor: customerActor(row.customer_id),
    customer_id: row.customer_id,
    visitor_id: null,
    product_id: row.product_id as string,
    kind: "purchase",
    source_id: row.line_item_id,
  }
}

/** order.canceled → the order's lines are marked canceled (once) and leave the recommender's signals. */
export const cancelOrderPurchasesWorkflow = createWorkflow(
  "engagement-cancel-order-purchases",
  (input: { order_id: string }) => {
    const args = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_at: new Date() }))
    const changed = cancelPurchasesStep(args)
    const events = transform({ changed }, ({ changed }) => changed.filter((r) => r.product_id).map(purchaseRemoved))
    emitEventStep({ eventName: INTERACTION_REMOVED, data: events })
    return new WorkflowResponse(changed)
  }
)
