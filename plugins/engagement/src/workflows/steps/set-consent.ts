import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorRef, ConsentRow } from "../../modules/engagement/service"
import { engagementService } from "./resolve-engagement"

type Undo = { id: string; previous: boolean | null }[]

/** Stores the choice for every actor the request names (the customer and/or the visitor). */
export const setConsentStep = createStep(
  "engagement-set-consent",
  async (input: { actors: ActorRef[]; granted: boolean }, { container }) => {
    const service = engagementService(container)
    const consents: ConsentRow[] = []
    const undo: Undo = []
    for (const actor of input.actors) {
      const { consent, previous } = await service.setConsent({ ...actor, granted: input.granted })
      consents.push(consent)
      undo.push({ id: consent.id, previous })
    }
    return new StepResponse(consents, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service = engagementService(container)
    for (const entry of undo) await service.restoreConsent(entry)
  }
)
