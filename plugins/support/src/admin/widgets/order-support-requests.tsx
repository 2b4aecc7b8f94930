import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import type { AdminSupportRequestList } from "../lib/api"
import { adminFetch, formatTime, STATUS_COLORS, STATUS_LABELS } from "../lib/api"

/** The support requests about this order, newest first. */
const OrderSupportRequestsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-support-requests", "order", order.id],
    queryFn: () =>
      adminFetch<AdminSupportRequestList>(`/admin/support-requests?order_id=${encodeURIComponent(order.id)}&limit=50`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Support requests</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="order-support-requests">
        {error ? (
          <Text size="small" className="text-ui-fg-error">
            Could not load the support requests.
          </Text>
        ) : isLoading || !data ? (
          <Text size="small">Loading…</Text>
        ) : data.support_requests.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No support requests about this order.
          </Text>
        ) : (
          data.support_requests.map((request) => (
            <div key={request.id} className="flex items-center justify-between gap-x-2">
              <div className="flex min-w-0 flex-col">
                <Link to={`/support/${request.id}`} className="txt-compact-small-plus truncate hover:underline">
                  {request.subject}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatTime(request.created_at)}
                </Text>
              </div>
              <div className="flex items-center gap-x-1">
                {request.unread_count > 0 && (
                  <Badge size="2xsmall" color="orange">
                    {request.unread_count}
                  </Badge>
                )}
                <StatusBadge color={STATUS_COLORS[request.status]}>{STATUS_LABELS[request.status]}</StatusBadge>
              </div>
            </div>
          ))
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderSupportRequestsWidget
