import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FieldError } from "./validators"
import { AdminUpdateInvoiceSettings, SETTINGS_LABELS } from "./validators"

/** The 400 answer of the settings routes: a sentence for a toast and one message per field for the form. */
export function settingsError(res: MedusaResponse, errors: FieldError[]): void {
  const named = errors.map((e) => SETTINGS_LABELS[e.field] ?? "the form")
  const fields = [...new Set(named)]
  res.status(400).json({
    type: "invalid_data",
    message: `Please check ${fields.length === 1 ? `the field ${fields[0]}` : `the fields ${fields.join(", ")}`}.`,
    errors,
  })
}

/**
 * Validates POST /admin/invoice-settings like validateAndTransformBody, but
 * answers with the field of every problem in plain words (the admin page
 * shows them next to their fields), not in the validator's wording.
 */
export function validateInvoiceSettingsBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const parsed = AdminUpdateInvoiceSettings.safeParse(req.body ?? {})
  if (parsed.success) {
    req.validatedBody = parsed.data
    return next()
  }
  settingsError(
    res,
    parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? "")
      if (issue.code === "unrecognized_keys") {
        return { field: "", message: `These fields are not settings: ${issue.keys.join(", ")}.` }
      }
      const plain = issue.code === "invalid_type" ? `Enter the ${SETTINGS_LABELS[field] ?? field} as text.` : issue.message
      return { field, message: plain }
    })
  )
}
