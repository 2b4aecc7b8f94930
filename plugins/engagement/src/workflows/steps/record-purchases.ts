import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewPurchase, PurchaseRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

/** Writes the order's lines to the purchase history; lines already there are skipped (idempotent). */
export const recordPurchasesStep = createStep(
  "engagement-record-purchases",
  async (input: { lines: NewPurchase[] }, { container }) => {
    const inserted: PurchaseRow[] = input.lines.length ? await engagementService(container).recordPurchases(input.lines) : []
    return new StepResponse(inserted, inserted.map((r) => r.id))
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await engagementService(container).deletePurchasesById(ids)
  }
)
