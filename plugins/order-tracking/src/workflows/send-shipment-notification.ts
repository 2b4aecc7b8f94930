import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { StoreEmail } from "../lib/email"
import { sendStoreEmail } from "../lib/email"
import { orderMailLink } from "../lib/order-mail-link"
import { shipmentOf } from "../lib/tracking"

/** The notifications plugin's template for shipment mails. */
export const ORDER_SHIPPED_TEMPLATE = "shipment"

export type SendShipmentNotificationInput = { fulfillment_id: string }

type ShippedFulfillment = Parameters<typeof shipmentOf>[0] & {
  items?: { title?: string | null; quantity?: number | string | null }[] | null
  order?: {
    id: string
    display_id: number | null
    email: string | null
    customer?: { first_name?: string | null } | null
    shipping_address?: { first_name?: string | null } | null
  } | null
}

/** The order page link with the guest's email + link token (read only). */
export const orderMailLinkStep = createStep(
  "order-mail-link",
  async (input: { order: { id: string; email?: string | null } | null }, { container }) =>
    new StepResponse(input.order ? await orderMailLink(container, input.order) : null)
)

/** Hands one mail to the notifications plugin (rendered, recorded, retried there); null: nothing to send. */
export const sendStoreEmailStep = createStep("send-store-email", async (email: StoreEmail | null, { container }) => {
  if (email) await sendStoreEmail(container, email)
  return new StepResponse(null)
})

/**
 * Emails the customer that a shipment left: carrier (recognised from the
 * merchant's choice or the tracking link), every parcel's tracking number and
 * public tracking link, the items, and the link to the order page.
 */
export const sendShipmentNotificationWorkflow = createWorkflow(
  "send-shipment-notification",
  (input: SendShipmentNotificationInput) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: [
        "id",
        "created_at",
        "shipped_at",
        "delivered_at",
        "canceled_at",
        "metadata",
        "labels.tracking_number",
        "labels.tracking_url",
        "items.title",
        "items.quantity",
        "order.id",
        "order.display_id",
        "order.email",
        "order.customer.first_name",
        "order.shipping_address.first_name",
      ],
      filters: { id: input.fulfillment_id },
    })

    const linkOrder = transform({ fulfillments }, ({ fulfillments }) => {
      const order = (fulfillments[0] as ShippedFulfillment | undefined)?.order
      return { order: order ? { id: order.id, email: order.email } : null }
    })
    const orderUrl = orderMailLinkStep(linkOrder)

    const email = transform({ fulfillments, orderUrl }, ({ fulfillments, orderUrl }): StoreEmail | null => {
      const fulfillment = fulfillments[0] as ShippedFulfillment | undefined
      const order = fulfillment?.order
      if (!fulfillment || !order?.email) {
        return null
      }
      const shipment = shipmentOf(fulfillment)
      const first = shipment.parcels[0]
      return {
        template: ORDER_SHIPPED_TEMPLATE,
        to: order.email,
        reference: `order:${order.id}`,
        idempotency_key: `shipment:${fulfillment.id}`,
        props: {
          customer_name: order.customer?.first_name ?? order.shipping_address?.first_name ?? null,
          order_display_id: order.display_id ?? order.id,
          carrier: shipment.carrier?.name ?? null,
          tracking_number: first?.tracking_number ?? null,
          tracking_url: first?.tracking_url ?? null,
          parcels: shipment.parcels,
          order_url: orderUrl,
          items: (fulfillment.items ?? [])
            .filter((i) => i.title && Number(i.quantity) > 0)
            .map((i) => ({ title: String(i.title), quantity: Number(i.quantity) })),
        },
      }
    })

    sendStoreEmailStep(email)
    return new WorkflowResponse(email)
  }
)
