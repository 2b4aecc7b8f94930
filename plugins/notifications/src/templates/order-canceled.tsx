import * as React from "react"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  order_display_id: z.union([z.number(), z.string()]),
  /** The credit note cancelling the invoice (attached), when the order had one. */
  credit_note_number: z.string().nullish(),
  /** What happens to the money, in plain words ("Nothing was charged; …", "€12.34 are refunded to …"). */
  money_text: z.string(),
  /** The order page in the storefront, with the guest's email + token. */
  order_url: httpUrl.nullish(),
})

export const orderCanceled = defineEmailTemplate({
  name: "order-canceled",
  description: "Sent when the merchant cancels an order: what happens to the money, with the credit note attached",
  schema,
  subject: (props, brand) => `Your ${brand.shopName} order #${props.order_display_id} has been canceled`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`Order #${props.order_display_id} canceled`} title="Your order has been canceled">
      <Paragraph brand={brand}>
        {props.customer_name ? `Hello ${props.customer_name}, y` : "Y"}our order #{props.order_display_id} has been canceled.{" "}
        {props.money_text}
      </Paragraph>
      {props.credit_note_number && (
        <Paragraph brand={brand}>Credit note {props.credit_note_number}, which cancels your invoice, is attached.</Paragraph>
      )}
      {props.order_url && <Paragraph brand={brand}>Your order: {props.order_url}</Paragraph>}
    </EmailLayout>
  ),
})
