import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INTERACTION_RECORDED } from "../lib/events"
import { purchasesOf, purchasesRecorded } from "../lib/order-purchases"
import { loadOrderLinesStep } from "./steps/load-order-lines"
import { recordPurchasesStep } from "./steps/record-purchases"

/**
 * order.placed → the order's lines join the customer's purchase history.
 * Unique on the line item: handling the event twice records each line once
 * and emits it once. The order.placed subscriber runs the same pieces without
 * the workflow (lib/order-purchases.ts).
 */
export const recordOrderPurchasesWorkflow = createWorkflow(
  "engagement-record-order-purchases",
  (input: { order_id: string }) => {
    const order = loadOrderLinesStep(input)
    const lines = transform({ order }, ({ order }) => purchasesOf(order))
    const inserted = recordPurchasesStep({ lines })
    const events = transform({ inserted }, ({ inserted }) => purchasesRecorded(inserted))
    emitEventStep({ eventName: INTERACTION_RECORDED, data: events })
    return new WorkflowResponse(inserted)
  }
)
