import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSellerSettings } from "../../../lib/settings"
import { updateInvoiceSettingsWorkflow } from "../../../workflows/update-invoice-settings"
import type { AdminUpdateInvoiceSettingsType } from "./validators"

/** GET /admin/invoice-settings — the seller details printed on invoices (defaults until saved). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ invoice_settings: await loadSellerSettings(req.scope) })
}

/** POST /admin/invoice-settings — saves them; invoices issued from now on use them. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateInvoiceSettingsType>, res: MedusaResponse): Promise<void> {
  await updateInvoiceSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ invoice_settings: await loadSellerSettings(req.scope) })
}
