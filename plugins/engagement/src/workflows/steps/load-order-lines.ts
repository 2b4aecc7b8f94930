import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOrderLines } from "../../lib/order-lines"
import type { LoadedOrder } from "../../lib/order-lines"

export type { LoadedOrder, OrderLine } from "../../lib/order-lines"

/** The order with its lines as the purchase history keeps them; null when it does not exist. */
export const loadOrderLinesStep = createStep(
  "engagement-load-order-lines",
  async (input: { order_id: string }, { container }) => {
    const order = await readOrderLines(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.order_id)
    return new StepResponse<LoadedOrder | null>(order)
  }
)
