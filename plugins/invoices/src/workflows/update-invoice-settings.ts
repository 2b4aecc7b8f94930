import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerSettings } from "../lib/settings"
import { loadSellerSettingsStep } from "./steps/load-seller-settings"
import { saveInvoiceSettingsStep } from "./steps/save-invoice-settings"

/**
 * Saves the seller settings. The first save starts from the defaults, so a
 * partial update never leaves a required field empty. Issued invoices keep
 * the seller they were issued with (their snapshot).
 */
export const updateInvoiceSettingsWorkflow = createWorkflow(
  "update-invoice-settings",
  (input: Partial<SellerSettings>) => {
    const current = loadSellerSettingsStep()
    const merged = transform({ current, input }, ({ current, input }) => {
      const { id: _id, is_default: _d, ...values } = current
      // Only the fields given change (a field given as null is cleared).
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      return { ...values, ...given }
    })
    return new WorkflowResponse(saveInvoiceSettingsStep(merged))
  }
)
