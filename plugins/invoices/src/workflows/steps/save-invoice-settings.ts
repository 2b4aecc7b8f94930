import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerSettings } from "../../lib/settings"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

type Previous = { created_id: string } | { restore: SellerSettings & { id: string } }

/** Creates the settings row on the first save, updates it afterwards. */
export const saveInvoiceSettingsStep = createStep(
  "save-invoice-settings",
  async (input: SellerSettings, { container }) => {
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const current = await service.findSettings()
    if (!current) {
      const created = await service.createInvoiceSettings(input)
      const previous: Previous = { created_id: created.id }
      return new StepResponse<{ id: string }, Previous>({ id: created.id }, previous)
    }
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...restore } = current
    const updated = await service.updateInvoiceSettings({ id: current.id, ...input })
    const previous: Previous = { restore }
    return new StepResponse<{ id: string }, Previous>({ id: updated.id }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    if ("created_id" in previous) {
      await service.deleteInvoiceSettings(previous.created_id)
    } else {
      await service.updateInvoiceSettings(previous.restore)
    }
  }
)
