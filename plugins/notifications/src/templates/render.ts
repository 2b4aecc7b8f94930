import { render, toPlainText } from "@react-email/render"
import { MedusaError } from "@medusajs/framework/utils"
import type { Brand } from "../lib/brand"
import { emailTemplates, isEmailTemplateName } from "./index"

export type RenderedEmail = { subject: string; html: string; text: string }

/**
 * Validates the props against the template's schema and renders subject, HTML
 * and plain text. Pure: no I/O and no network (mails reference no remote
 * images or fonts).
 */
export async function renderEmail(name: string, props: unknown, brand: Brand): Promise<RenderedEmail> {
  if (!isEmailTemplateName(name)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown email template "${name}"`)
  }
  const { subject, element } = emailTemplates[name].build(props, brand)
  const html = await render(element)
  const text = toPlainText(html)
  return { subject, html, text }
}
