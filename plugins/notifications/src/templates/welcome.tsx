import * as React from "react"
import { Button } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  first_name: z.string().nullish(),
  email: z.string().email(),
})

export const welcome = defineEmailTemplate({
  name: "welcome",
  description: "Sent after a customer registers",
  schema,
  subject: (_props, brand) => `Welcome to ${brand.shopName}`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`Your ${brand.shopName} account is ready`} title={`Welcome${props.first_name ? `, ${props.first_name}` : ""}!`}>
      <Paragraph brand={brand}>
        Your account for {props.email} is ready. You can now follow your orders, download your invoices and check out faster.
      </Paragraph>
      <Button
        href={`${brand.storefrontUrl}/account`}
        style={{ backgroundColor: brand.colours.accent, color: brand.colours.surface, padding: "12px 20px", borderRadius: "4px", fontWeight: 700 }}
      >
        Go to your account
      </Button>
    </EmailLayout>
  ),
})
