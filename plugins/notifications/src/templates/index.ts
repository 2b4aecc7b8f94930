import type { z } from "@medusajs/framework/zod"
import { creditNote } from "./credit-note"
import { orderCanceled } from "./order-canceled"
import { orderConfirmation } from "./order-confirmation"
import { passwordReset } from "./password-reset"
import { reviewRequest } from "./review-request"
import { shipment } from "./shipment"
import { supportReply } from "./support-reply"
import { supportRequestCreated } from "./support-request-created"
import { welcome } from "./welcome"

/**
 * Every email the store sends. To add one: write src/templates/<name>.tsx with
 * defineEmailTemplate(...) and list it here.
 */
export const emailTemplates = {
  "order-confirmation": orderConfirmation,
  welcome,
  "password-reset": passwordReset,
  shipment,
  "support-reply": supportReply,
  "support-request-created": supportRequestCreated,
  "review-request": reviewRequest,
  "order-canceled": orderCanceled,
  "credit-note": creditNote,
}

export type EmailTemplateName = keyof typeof emailTemplates

/** What a caller passes for a template (before defaults are applied). */
export type EmailTemplateProps<Name extends EmailTemplateName> = z.input<(typeof emailTemplates)[Name]["schema"]>

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(emailTemplates, name)
}
