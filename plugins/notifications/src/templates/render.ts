import { plainTextSelectors, render } from "@react-email/render"
import { MedusaError } from "@medusajs/framework/utils"
import { compile } from "html-to-text"
import type { Brand } from "../lib/brand"
import { emailTemplates, isEmailTemplateName } from "./index"

export type RenderedEmail = { subject: string; html: string; text: string }

// @react-email/render's toPlainText(html) is html-to-text's convert() with
// these options, which compiles them (selectors into a decision tree) on every
// call: ~1.5 ms of a mail's CPU. Compiled once, the text is the same.
const toPlainText = compile({ wordwrap: false, selectors: [...plainTextSelectors] })

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
