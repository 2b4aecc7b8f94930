import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSellerSettings } from "../../../lib/settings"
import { updateInvoiceSettingsWorkflow } from "../../../workflows/update-invoice-settings"
import { settingsError } from "./validate-body"
import type { AdminUpdateInvoiceSettingsType } from "./validators"
import { taxIdentityErrors } from "./validators"
import type { SellerSettings } from "../../../lib/settings"

/** The fields the request sent (absent ones are undefined after validation and change nothing). */
function changedFields(body: AdminUpdateInvoiceSettingsType): Partial<SellerSettings> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<SellerSettings>
}

/** GET /admin/invoice-settings — the seller details printed on invoices (defaults until saved). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ invoice_settings: await loadSellerSettings(req.scope) })
}

/**
 * POST /admin/invoice-settings — changes the fields sent, and only those
 * (PATCH semantics); invoices issued from now on use them.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateInvoiceSettingsType>, res: MedusaResponse): Promise<void> {
  const changes = changedFields(req.validatedBody)
  const current = await loadSellerSettings(req.scope)
  const missing = taxIdentityErrors({ ...current, ...changes })
  if (missing.length) return settingsError(res, missing)
  await updateInvoiceSettingsWorkflow(req.scope).run({ input: changes })
  res.json({ invoice_settings: await loadSellerSettings(req.scope) })
}
