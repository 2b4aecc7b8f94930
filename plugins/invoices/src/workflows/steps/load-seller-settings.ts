import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadSellerSettings } from "../../lib/settings"

/** The seller's current settings, or the defaults (read only). */
export const loadSellerSettingsStep = createStep("load-seller-settings", async (_input: void, { container }) => {
  return new StepResponse(await loadSellerSettings(container))
})
