import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorRef, ViewRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

export type RecordViewInput = ActorRef & { product_id: string; dedupe_seconds: number }

/** Records a view unless it repeats one within the dedupe window; null then. */
export const recordViewStep = createStep(
  "engagement-record-view",
  async (input: RecordViewInput, { container }) => {
    const view = await engagementService(container).recordView(input)
    return new StepResponse<ViewRow | null, string | null>(view, view?.id ?? null)
  },
  async (viewId: string | null | undefined, { container }) => {
    if (!viewId) return
    await engagementService(container).deleteEngagementViews([viewId])
  }
)
