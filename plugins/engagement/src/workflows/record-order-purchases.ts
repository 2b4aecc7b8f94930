import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InteractionRecorded } from "../lib/events"
import { customerActor, INTERACTION_RECORDED } from "../lib/events"
import type { NewPurchase } from "../modules/engagement/service"
import { loadOrderLinesStep } from "./steps/load-order-lines"
import { recordPurchasesStep } from "./steps/record-purchases"

/**
 * order.placed → the order's lines join the customer's purchase history.
 * Unique on the line item: handling the event twice records each line once
 * and emits it once.
 */
export const recordOrderPurchasesWorkflow = createWorkflow(
  "engagement-record-order-purchases",
  (input: { order_id: string }) => {
    const order = loadOrderLinesStep(input)
    const lines = transform({ order }, ({ order }): NewPurchase[] =>
      order?.customer_id
        ? order.lines
            .filter((line) => line.quantity > 0)
            .map((line) => ({
              customer_id: order.customer_id as string,
              order_id: order.id,
              line_item_id: line.line_item_id,
              product_id: line.product_id,
              variant_id: line.variant_id,
              product_title: line.product_title,
              variant_title: line.variant_title,
              thumbnail: line.thumbnail,
              quantity: line.quantity,
              purchased_at: order.created_at,
            }))
        : []
    )
    const inserted = recordPurchasesStep({ lines })
    const events = transform({ inserted }, ({ inserted }): InteractionRecorded[] =>
      inserted
        .filter((row) => row.product_id)
        .map((row) => ({
          actor: customerActor(row.customer_id),
          customer_id: row.customer_id,
          visitor_id: null,
          product_id: row.product_id as string,
          kind: "purchase",
          occurred_at: new Date(row.purchased_at).toISOString(),
          source_id: row.line_item_id,
        }))
    )
    emitEventStep({ eventName: INTERACTION_RECORDED, data: events })
    return new WorkflowResponse(inserted)
  }
)
