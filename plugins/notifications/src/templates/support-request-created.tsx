import * as React from "react"
import { Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  /** The request's reference, shown in the subject. */
  ticket_reference: z.string().min(1),
  ticket_subject: z.string().min(1),
  category: z.string().nullish(),
  /** The customer's first message, plain text; line breaks are kept. */
  message: z.string(),
  customer_email: z.string(),
  /** "registered customer" or "guest". */
  customer_kind: z.enum(["customer", "guest"]).default("customer"),
  order_display_id: z.union([z.number(), z.string()]).nullish(),
  /** The request in the Medusa admin. */
  admin_url: httpUrl.nullish(),
})

export const supportRequestCreated = defineEmailTemplate({
  name: "support-request-created",
  description: "To the merchant: a customer or guest opened a support request",
  schema,
  subject: (props) => `[${props.ticket_reference}] New support request: ${props.ticket_subject}`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`New support request from ${props.customer_email}`} title="New support request">
      <Paragraph brand={brand}>
        {props.customer_kind === "guest" ? "A guest" : "A customer"} ({props.customer_email}) opened a request
        {props.category ? ` (${props.category.replace(/_/g, " ")})` : ""}
        {props.order_display_id !== null && props.order_display_id !== undefined ? ` about order #${props.order_display_id}` : ""}:
      </Paragraph>
      <Paragraph brand={brand}>
        <strong>{props.ticket_subject}</strong>
      </Paragraph>
      <Section style={{ borderLeft: `4px solid ${brand.colours.accent}`, paddingLeft: "14px", margin: "0 0 14px" }}>
        {props.message.split(/\r?\n/).map((line, i) => (
          <Text key={i} style={{ fontSize: "15px", lineHeight: "22px", margin: "0 0 6px", color: brand.colours.text }}>
            {line || "\u00a0"}
          </Text>
        ))}
      </Section>
      {props.admin_url && (
        <Text style={{ color: brand.colours.muted, fontSize: "12px" }}>Answer it in the admin: {props.admin_url}</Text>
      )}
    </EmailLayout>
  ),
})
