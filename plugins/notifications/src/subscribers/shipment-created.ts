import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { sendEmailWorkflow } from "../workflows/send-email"

type ShipmentQuery = {
  id: string
  provider_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
  items?: { title?: string | null; quantity?: number | string | null }[] | null
  shipping_option?: { name?: string | null } | null
  order?: {
    id: string
    display_id: number | string
    email?: string | null
    customer?: { first_name?: string | null } | null
    shipping_address?: { first_name?: string | null } | null
  } | null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null
  } catch {
    return null
  }
}

/** Shipment mail with carrier and tracking link (the fulfillment's labels and data). */
export default async function shipmentCreatedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "provider_id",
      "data",
      "metadata",
      "labels.tracking_number",
      "labels.tracking_url",
      "items.title",
      "items.quantity",
      "shipping_option.name",
      "order.id",
      "order.display_id",
      "order.email",
      "order.customer.first_name",
      "order.shipping_address.first_name",
    ],
    filters: { id: event.data.id },
  })
  const fulfillment = data[0] as ShipmentQuery | undefined
  const order = fulfillment?.order
  if (!fulfillment || !order?.email) return
  const label = fulfillment.labels?.find((l) => text(l.tracking_number) || text(l.tracking_url))
  // The carrier as the fulfillment provider reports it, or as the merchant noted it on the fulfillment.
  const carrier = text(fulfillment.data?.carrier) ?? text(fulfillment.metadata?.carrier) ?? fulfillment.shipping_option?.name ?? null
  await sendEmailWorkflow(container).run({
    input: {
      template: "shipment",
      to: order.email,
      props: {
        customer_name: order.customer?.first_name ?? order.shipping_address?.first_name ?? null,
        order_display_id: order.display_id,
        carrier,
        tracking_number: text(label?.tracking_number) ?? text(fulfillment.data?.tracking_number),
        tracking_url: httpUrl(label?.tracking_url) ?? httpUrl(text(fulfillment.data?.tracking_url)),
        items: (fulfillment.items ?? [])
          .filter((i) => i.title && Number(i.quantity) > 0)
          .map((i) => ({ title: String(i.title), quantity: Number(i.quantity) })),
      },
      reference: `order:${order.id}`,
      idempotency_key: `shipment:${fulfillment.id}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "notifications-shipment-email" },
}
