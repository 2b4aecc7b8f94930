import * as React from "react"
import { Button, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  order_display_id: z.union([z.number(), z.string()]),
  /** The order's products, each with the link to its review form. */
  products: z.array(z.object({ title: z.string().min(1), review_url: httpUrl })).min(1).max(20),
})

export const reviewRequest = defineEmailTemplate({
  name: "review-request",
  description: "Some days after shipment: asks the customer to rate what they bought",
  schema,
  subject: (props, brand) => `How was your ${brand.shopName} order #${props.order_display_id}?`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`Rate your order #${props.order_display_id}`} title="How was your order?">
      <Paragraph brand={brand}>
        {props.customer_name ? `Hello ${props.customer_name}, w` : "W"}e hope your order #{props.order_display_id} arrived
        well. A few words about what you bought help other shoppers choose.
      </Paragraph>
      {props.products.map((product, i) => (
        <Text key={i} style={{ fontSize: "15px", lineHeight: "22px", margin: "0 0 10px", color: brand.colours.text }}>
          {product.title}
          {"  "}
          <Button
            href={product.review_url}
            style={{ backgroundColor: brand.colours.accent, color: brand.colours.surface, padding: "6px 12px", borderRadius: "4px", fontWeight: 700 }}
          >
            Rate it
          </Button>
        </Text>
      ))}
    </EmailLayout>
  ),
})
