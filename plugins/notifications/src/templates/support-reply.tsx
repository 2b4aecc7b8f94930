import * as React from "react"
import { Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  /** The support ticket's reference, shown in the subject. */
  ticket_reference: z.string().min(1),
  ticket_subject: z.string().nullish(),
  /** The reply, plain text; line breaks are kept. */
  message: z.string().min(1),
  agent_name: z.string().nullish(),
  ticket_url: httpUrl.nullish(),
})

export const supportReply = defineEmailTemplate({
  name: "support-reply",
  description: "A reply from the support team to a customer's request",
  schema,
  subject: (props, brand) =>
    `[${props.ticket_reference}] ${props.ticket_subject ? `Re: ${props.ticket_subject}` : `Reply from ${brand.shopName} support`}`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`Reply to your request ${props.ticket_reference}`} title="We answered your request">
      <Paragraph brand={brand}>{props.customer_name ? `Hello ${props.customer_name},` : "Hello,"}</Paragraph>
      <Section style={{ borderLeft: `4px solid ${brand.colours.accent}`, paddingLeft: "14px", margin: "0 0 14px" }}>
        {props.message.split(/\r?\n/).map((line, i) => (
          <Text key={i} style={{ fontSize: "15px", lineHeight: "22px", margin: "0 0 6px", color: brand.colours.text }}>
            {line || "\u00a0"}
          </Text>
        ))}
      </Section>
      <Paragraph brand={brand}>
        {props.agent_name ? `${props.agent_name}, ` : ""}
        {brand.shopName} support
      </Paragraph>
      {props.ticket_url && (
        <Text style={{ color: brand.colours.muted, fontSize: "12px" }}>Reply or follow your request at {props.ticket_url}</Text>
      )}
    </EmailLayout>
  ),
})
