import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Select, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"

type Parcel = { tracking_number: string; tracking_url: string | null }
type Shipment = {
  id: string
  status: "preparing" | "shipped" | "delivered" | "canceled"
  carrier: { code: string; name: string } | null
  parcels: Parcel[]
  shipped_at: string | null
  delivered_at: string | null
}
type TrackingEvent = { type: string; at: string }
type TrackingAnswer = {
  tracking: { events: TrackingEvent[]; shipments: Shipment[] }
  carriers: { code: string; name: string }[]
}
type OrderFulfillments = {
  order: { fulfillments?: { id: string; items: { line_item_id: string; quantity: number }[] }[] }
}

const SHIPMENT_LABELS: Record<Shipment["status"], string> = {
  preparing: "Preparing",
  shipped: "Shipped",
  delivered: "Delivered",
  canceled: "Canceled",
}

const EVENT_LABELS: Record<string, string> = {
  placed: "Placed",
  payment_authorized: "Payment authorized",
  payment_captured: "Payment captured",
  shipped: "Shipped",
  delivered: "Delivered",
  canceled: "Canceled",
  refunded: "Refunded",
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    credentials: "include",
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (data as { message?: unknown } | null)?.message
    throw new Error(typeof message === "string" ? message : `Request failed (${res.status})`)
  }
  return data as T
}

/** Ships one prepared fulfillment through Medusa's shipment route, with the carrier this plugin adds. */
const ShipForm = ({ orderId, shipment, carriers }: { orderId: string; shipment: Shipment; carriers: TrackingAnswer["carriers"] }) => {
  const queryClient = useQueryClient()
  const [carrier, setCarrier] = useState(carriers[0]?.code ?? "")
  const [number, setNumber] = useState("")
  const ship = useMutation({
    mutationFn: async () => {
      const { order } = await call<OrderFulfillments>(
        `/admin/orders/${encodeURIComponent(orderId)}?fields=id,*fulfillments,*fulfillments.items`
      )
      const fulfillment = order.fulfillments?.find((f) => f.id === shipment.id)
      return call(`/admin/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(shipment.id)}/shipments`, {
        items: (fulfillment?.items ?? []).map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
        labels: [{ tracking_number: number.trim(), tracking_url: "", label_url: "" }],
        additional_data: { carrier },
      })
    },
    onSuccess: () => {
      toast.success("Marked as shipped", { description: "The customer gets the tracking link by email." })
      // Medusa's own order sections show the shipment too.
      void queryClient.invalidateQueries()
    },
    onError: (e: Error) => toast.error("Not shipped", { description: e.message }),
  })

  return (
    <div className="flex flex-col gap-y-2 rounded-lg border p-3">
      <div className="grid grid-cols-2 gap-2">
        <div>
          <Label size="xsmall">Carrier</Label>
          <Select value={carrier} onValueChange={setCarrier}>
            <Select.Trigger data-testid="tracking-carrier">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {carriers.map((c) => (
                <Select.Item key={c.code} value={c.code}>
                  {c.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div>
          <Label size="xsmall">Tracking number</Label>
          <Input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="tracking-number" />
        </div>
      </div>
      <Button
        size="small"
        disabled={!number.trim() || !carrier}
        isLoading={ship.isPending}
        onClick={() => ship.mutate()}
        data-testid="tracking-ship"
      >
        Ship with carrier
      </Button>
    </div>
  )
}

/** The tracking timeline the customer sees, and shipping with a carrier. */
const OrderShipmentTrackingWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, isLoading } = useQuery({
    queryKey: ["shop-order-tracking", order.id],
    queryFn: () => call<TrackingAnswer>(`/admin/orders/${encodeURIComponent(order.id)}/tracking`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Tracking</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="order-tracking">
        {error ? (
          <Text size="small" className="text-ui-fg-error">
            Could not load the tracking.
          </Text>
        ) : isLoading || !data ? (
          <Text size="small">Loading…</Text>
        ) : (
          <>
            {data.tracking.shipments.map((shipment) => (
              <div key={shipment.id} className="flex flex-col gap-y-1">
                <div className="flex items-center justify-between">
                  <Text size="small" weight="plus">
                    {shipment.carrier?.name ?? "Shipment"}
                  </Text>
                  <StatusBadge
                    color={shipment.status === "delivered" ? "green" : shipment.status === "canceled" ? "red" : "blue"}
                  >
                    {SHIPMENT_LABELS[shipment.status]}
                  </StatusBadge>
                </div>
                {shipment.parcels.map((parcel) =>
                  parcel.tracking_url ? (
                    <a
                      key={parcel.tracking_number}
                      href={parcel.tracking_url}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="txt-compact-small text-ui-fg-interactive hover:underline"
                    >
                      {parcel.tracking_number}
                    </a>
                  ) : (
                    <Text key={parcel.tracking_number} size="small">
                      {parcel.tracking_number}
                    </Text>
                  )
                )}
                {shipment.status === "preparing" && (
                  <ShipForm orderId={order.id} shipment={shipment} carriers={data.carriers} />
                )}
              </div>
            ))}
            <ol className="flex flex-col gap-y-1">
              {data.tracking.events.map((event, index) => (
                <li key={`${event.type}-${index}`} className="flex justify-between gap-x-2">
                  <Text size="small">{EVENT_LABELS[event.type] ?? event.type}</Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {new Date(event.at).toLocaleString()}
                  </Text>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderShipmentTrackingWidget
