import * as React from "react"
import { Button, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  email: z.string().email(),
  /** Medusa's reset token (from the auth.password_reset event). */
  token: z.string().min(1),
  /** Absolute URL of the storefront page that takes the token. */
  reset_url: httpUrl,
})

export const passwordReset = defineEmailTemplate({
  name: "password-reset",
  description: "Sent when a customer asks to reset the password; carries Medusa's reset token",
  schema,
  redactAfterSend: true,
  subject: (_props, brand) => `Reset your ${brand.shopName} password`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview="Reset your password" title="Reset your password">
      <Paragraph brand={brand}>
        Someone (hopefully you) asked to reset the password of the account {props.email}. The link is valid for a short time.
      </Paragraph>
      <Button
        href={props.reset_url}
        style={{ backgroundColor: brand.colours.accent, color: brand.colours.surface, padding: "12px 20px", borderRadius: "4px", fontWeight: 700 }}
      >
        Choose a new password
      </Button>
      <Text style={{ color: brand.colours.muted, fontSize: "12px", marginTop: "20px" }}>
        If the button does not work, open {props.reset_url}. If you did not ask for this, ignore this mail: your password stays
        unchanged.
      </Text>
    </EmailLayout>
  ),
})
