import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorRef, ViewRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

/** Deletes every view of the actors (consent withdrawn); compensation puts them back. */
export const deleteActorViewsStep = createStep(
  "engagement-delete-actor-views",
  async (input: { actors: ActorRef[] }, { container }) => {
    const service = engagementService(container)
    const deleted: ViewRow[] = []
    for (const actor of input.actors) deleted.push(...(await service.deleteActorViews(actor)))
    return new StepResponse({ deleted: deleted.length }, deleted)
  },
  async (deleted: ViewRow[] | undefined, { container }) => {
    if (!deleted?.length) return
    await engagementService(container).restoreViews(deleted)
  }
)
