import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

/** Marks the order's lines canceled; returns only the lines that were not canceled before. */
export const cancelPurchasesStep = createStep(
  "engagement-cancel-purchases",
  async (input: { order_id: string; canceled_at: Date }, { container }) => {
    const changed: PurchaseRow[] = await engagementService(container).cancelOrderPurchases(input)
    return new StepResponse(changed, changed.map((r) => r.id))
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await engagementService(container).uncancelPurchases(ids)
  }
)
