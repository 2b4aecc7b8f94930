import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

type Changed = PurchaseRow & { previous_returned_quantity: number }

/** Copies the received return quantities of the order's lines; returns the lines that changed. */
export const setReturnedQuantitiesStep = createStep(
  "engagement-set-returned-quantities",
  async (input: { lines: { line_item_id: string; returned_quantity: number }[] }, { container }) => {
    const changed: Changed[] = input.lines.length ? await engagementService(container).setReturnedQuantities(input.lines) : []
    return new StepResponse(
      changed,
      changed.map((r) => ({ id: r.id, returned_quantity: r.previous_returned_quantity }))
    )
  },
  async (undo: { id: string; returned_quantity: number }[] | undefined, { container }) => {
    if (!undo?.length) return
    await engagementService(container).restoreReturnedQuantities(undo)
  }
)
