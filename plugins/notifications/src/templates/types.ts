import type { ReactElement } from "react"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { Brand } from "../lib/brand"

/**
 * One email: its name, the props it needs (validated with zod, so a caller
 * with wrong data gets a clear error before anything is queued), its subject
 * line and its React Email body. Plain text is derived from the HTML.
 */
export type EmailTemplateDefinition<Schema extends z.ZodType> = {
  name: string
  description: string
  schema: Schema
  subject: (props: z.output<Schema>, brand: Brand) => string
  body: (props: z.output<Schema>, brand: Brand) => ReactElement
  /** The mail carries a secret (a reset link): its stored copy is blanked once it is sent. */
  redactAfterSend?: boolean
}

export type EmailTemplate<Schema extends z.ZodType> = EmailTemplateDefinition<Schema> & {
  /** Validates untyped props (from an event, a queue, an API) and builds subject + body. */
  build: (props: unknown, brand: Brand) => { subject: string; element: ReactElement }
}

export function defineEmailTemplate<Schema extends z.ZodType>(
  definition: EmailTemplateDefinition<Schema>
): EmailTemplate<Schema> {
  return {
    ...definition,
    build(props, brand) {
      const parsed = definition.schema.safeParse(props)
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "props"}: ${i.message}`).join("; ")
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid data for email template "${definition.name}": ${detail}`)
      }
      return { subject: definition.subject(parsed.data, brand), element: definition.body(parsed.data, brand) }
    },
  }
}
