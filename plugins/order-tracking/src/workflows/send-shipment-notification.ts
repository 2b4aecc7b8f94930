import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { orderPageUrl } from "../lib/storefront"
import { shipmentOf } from "../lib/tracking"

export const ORDER_SHIPPED_TEMPLATE = "order-shipped"

export type SendShipmentNotificationInput = { fulfillment_id: string }

type ShippedFulfillment = Parameters<typeof shipmentOf>[0] & {
  order?: { id: string; display_id: number | null; email: string | null } | null
}

/**
 * Emails the customer that a shipment left, with carrier, tracking numbers
 * and tracking links (template `order-shipped`, channel `email`).
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
        "order.id",
        "order.display_id",
        "order.email",
      ],
      filters: { id: input.fulfillment_id },
    })

    const notifications = transform({ fulfillments }, ({ fulfillments }): CreateNotificationDTO[] => {
      const fulfillment = fulfillments[0] as ShippedFulfillment | undefined
      const order = fulfillment?.order
      if (!fulfillment || !order?.email) {
        return []
      }
      const shipment = shipmentOf(fulfillment)
      const first = shipment.parcels[0]
      return [
        {
          to: order.email,
          channel: "email",
          template: ORDER_SHIPPED_TEMPLATE,
          idempotency_key: `order-shipped-${fulfillment.id}`,
          resource_id: order.id,
          resource_type: "order",
          data: {
            order_id: order.id,
            display_id: order.display_id,
            shipment_id: shipment.id,
            shipped_at: shipment.shipped_at,
            carrier: shipment.carrier,
            tracking_number: first?.tracking_number ?? null,
            tracking_url: first?.tracking_url ?? null,
            parcels: shipment.parcels,
            order_url: orderPageUrl(order.id),
          },
        },
      ]
    })

    when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => {
      sendNotificationsStep(notifications)
    })
    return new WorkflowResponse(notifications)
  }
)
