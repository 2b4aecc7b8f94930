import * as React from "react"
import { Button } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { EmailLayout, Paragraph } from "./layout"
import { httpUrl } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  order_display_id: z.union([z.number(), z.string()]),
  carrier: z.string().nullish(),
  tracking_number: z.string().nullish(),
  tracking_url: httpUrl.nullish(),
  /** Every parcel when the shipment has several; the first one is also tracking_number/tracking_url. */
  parcels: z.array(z.object({ tracking_number: z.string(), tracking_url: httpUrl.nullish() })).default([]),
  items: z.array(z.object({ title: z.string(), quantity: z.number().int().positive() })).default([]),
  /** The order page in the storefront (timeline, support). */
  order_url: httpUrl.nullish(),
})

export const shipment = defineEmailTemplate({
  name: "shipment",
  description: "Sent when the merchant ships an order: carrier and tracking link",
  schema,
  subject: (props, brand) => `Your ${brand.shopName} order #${props.order_display_id} is on its way`,
  body: (props, brand) => (
    <EmailLayout brand={brand} preview={`Order #${props.order_display_id} has shipped`} title="Your order is on its way">
      <Paragraph brand={brand}>
        {props.customer_name ? `Hello ${props.customer_name}, y` : "Y"}our order #{props.order_display_id} has been handed to{" "}
        {props.carrier || "the carrier"}
        {props.tracking_number ? ` with tracking number ${props.tracking_number}` : ""}.
      </Paragraph>
      {props.items.length > 0 && (
        <Paragraph brand={brand}>{props.items.map((item) => `${item.quantity} × ${item.title}`).join(", ")}</Paragraph>
      )}
      {props.parcels.length > 1 && (
        <Paragraph brand={brand}>
          {props.parcels.length} parcels:{" "}
          {props.parcels.map((p) => (p.tracking_url ? `${p.tracking_number} (${p.tracking_url})` : p.tracking_number)).join(", ")}
        </Paragraph>
      )}
      {props.tracking_url && (
        <Button
          href={props.tracking_url}
          style={{ backgroundColor: brand.colours.accent, color: brand.colours.surface, padding: "12px 20px", borderRadius: "4px", fontWeight: 700 }}
        >
          Track your parcel
        </Button>
      )}
      {props.order_url && <Paragraph brand={brand}>Follow your order at {props.order_url}</Paragraph>}
    </EmailLayout>
  ),
})
