import * as React from "react"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  order_display_id: z.union([z.number(), z.string()]),
  credit_note_number: z.string(),
  invoice_number: z.string(),
  /** The refunded amount, formatted ("€5.00"). */
  amount: z.string(),
  order_url: httpUrl.nullish(),
})

export const creditNote = defineEmailTemplate({
  name: "credit-note",
  description: "Sent for every refund: the amount and the credit note (attached) correcting the invoice",
  schema,
  subject: (props, brand) => `Refund for your ${brand.shopName} order #${props.order_display_id}`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`${props.amount} refunded`} title="Your refund">
      <Paragraph brand={brand}>
        {props.customer_name ? `Hello ${props.customer_name}, w` : "W"}e have refunded {props.amount} for your order #
        {props.order_display_id} to your original payment method.
      </Paragraph>
      <Paragraph brand={brand}>
        Credit note {props.credit_note_number}, which corrects invoice {props.invoice_number}, is attached.
      </Paragraph>
      {props.order_url && <Paragraph brand={brand}>Your order: {props.order_url}</Paragraph>}
    </EmailLayout>
  ),
})
