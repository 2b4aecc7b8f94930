import * as React from "react"
import { Button, Column, Row, Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import { formatMoney } from "../lib/money"
import { EmailLayout, Paragraph } from "./layout"
import { addressLines, addressSchema, httpUrl, minorAmount } from "./schemas"
import { defineEmailTemplate } from "./types"

const schema = z.object({
  customer_name: z.string().nullish(),
  order: z.object({
    id: z.string(),
    display_id: z.union([z.number(), z.string()]),
    created_at: z.string(),
    currency_code: z.string().length(3),
    items: z
      .array(
        z.object({
          title: z.string(),
          variant_title: z.string().nullish(),
          quantity: z.number().int().positive(),
          /** Unit price and line amount with VAT, before discounts (the discount and the VAT contained are totals below). */
          unit_price: minorAmount,
          subtotal: minorAmount,
        })
      )
      .min(1),
    item_subtotal: minorAmount,
    shipping_method: z.string().nullish(),
    shipping_subtotal: minorAmount,
    discount_subtotal: minorAmount,
    tax_total: minorAmount,
    total: minorAmount,
    shipping_address: addressSchema.nullish(),
    billing_address: addressSchema.nullish(),
  }),
  invoice_number: z.string().nullish(),
  /** Where the shopper follows the order (a guest's link carries its access token). */
  order_url: httpUrl.nullish(),
})

export const orderConfirmation = defineEmailTemplate({
  name: "order-confirmation",
  description: "Sent when an order is placed: items, totals, addresses, the invoice attached",
  schema,
  subject: (props, brand) => `Your ${brand.shopName} order #${props.order.display_id}`,
  body: (props, brand) => {
    const { order } = props
    const money = (minor: number) => formatMoney(minor, order.currency_code)
    const c = brand.colours
    const cell = { fontSize: "14px", color: c.text, margin: "4px 0" }
    const totals: [string, number][] = [
      ["Items", order.item_subtotal],
      [`Shipping${order.shipping_method ? ` (${order.shipping_method})` : ""}`, order.shipping_subtotal],
      ...(order.discount_subtotal ? ([["Discount", -order.discount_subtotal]] as [string, number][]) : []),
      // Amounts above include VAT; this is the VAT they contain.
      ["VAT included", order.tax_total],
    ]
    return (
      <EmailLayout brand={brand} preview={`Order #${order.display_id} confirmed`} title="Thank you for your order">
        <Paragraph brand={brand}>
          {props.customer_name ? `Hello ${props.customer_name}, w` : "W"}e have received your order #{order.display_id} of{" "}
          {germanDate(order.created_at)} and are preparing it.
          {props.invoice_number ? ` Your invoice ${props.invoice_number} is attached.` : ""}
        </Paragraph>
        <Section style={{ borderTop: `1px solid ${c.border}`, borderBottom: `1px solid ${c.border}`, padding: "8px 0" }}>
          {order.items.map((item, index) => (
            <Row key={index}>
              <Column style={{ width: "60%" }}>
                <Text style={cell}>
                  {item.title}
                  {item.variant_title && !/^default( variant)?$/i.test(item.variant_title) && item.variant_title !== item.title
                    ? ` (${item.variant_title})`
                    : ""}
                </Text>
              </Column>
              <Column style={{ width: "15%" }}>
                <Text style={cell}>
                  {item.quantity} × {money(item.unit_price)}
                </Text>
              </Column>
              <Column style={{ width: "25%", textAlign: "right" }}>
                <Text style={cell}>{money(item.subtotal)}</Text>
              </Column>
            </Row>
          ))}
        </Section>
        <Section style={{ padding: "8px 0" }}>
          {totals.map(([label, amount]) => (
            <Row key={label}>
              <Column>
                <Text style={{ ...cell, color: c.muted }}>{label}</Text>
              </Column>
              <Column style={{ textAlign: "right" }}>
                <Text style={{ ...cell, color: c.muted }}>{money(amount)}</Text>
              </Column>
            </Row>
          ))}
          <Row>
            <Column>
              <Text style={{ ...cell, fontWeight: 700, fontSize: "16px" }}>Total</Text>
            </Column>
            <Column style={{ textAlign: "right" }}>
              <Text style={{ ...cell, fontWeight: 700, fontSize: "16px", color: c.primary }}>{money(order.total)}</Text>
            </Column>
          </Row>
        </Section>
        <Section style={{ paddingTop: "12px" }}>
          <Row>
            <Column style={{ width: "50%", verticalAlign: "top" }}>
              <Text style={{ ...cell, fontWeight: 700 }}>Shipping address</Text>
              {addressLines(order.shipping_address).map((line, i) => (
                <Text key={i} style={{ ...cell, margin: 0 }}>
                  {line}
                </Text>
              ))}
            </Column>
            <Column style={{ width: "50%", verticalAlign: "top" }}>
              <Text style={{ ...cell, fontWeight: 700 }}>Billing address</Text>
              {addressLines(order.billing_address ?? order.shipping_address).map((line, i) => (
                <Text key={i} style={{ ...cell, margin: 0 }}>
                  {line}
                </Text>
              ))}
            </Column>
          </Row>
        </Section>
        {props.order_url && (
          <Section style={{ paddingTop: "16px" }}>
            <Button
              href={props.order_url}
              style={{ backgroundColor: c.accent, color: c.surface, padding: "12px 20px", borderRadius: "4px", fontWeight: 700 }}
            >
              View your order
            </Button>
            <Text style={{ ...cell, color: c.muted, fontSize: "12px" }}>
              Follow its delivery and ask us about it at {props.order_url}
            </Text>
          </Section>
        )}
      </EmailLayout>
    )
  },
})

/** "06.12.2026": the day in Germany, written the German way (as on the invoice). */
function germanDate(at: string | Date): string {
  return new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(at))
}
