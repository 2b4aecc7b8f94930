import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { AdminSupportRequestList, SupportStatus } from "../../lib/api"
import { adminFetch, CATEGORY_LABELS, formatTime, STATUS_COLORS, STATUS_LABELS } from "../../lib/api"

const PAGE_SIZE = 20
type Filter = "all" | SupportStatus

/** The Support inbox: requests newest first, filtered by status, with the merchant's unread counts. */
const SupportInboxPage = () => {
  const [filter, setFilter] = useState<Filter>("open")
  const [offset, setOffset] = useState(0)

  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-support-requests", filter, offset],
    queryFn: () =>
      adminFetch<AdminSupportRequestList>(
        `/admin/support-requests?limit=${PAGE_SIZE}&offset=${offset}${filter === "all" ? "" : `&status=${filter}`}`
      ),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">Support</Heading>
          {data && data.unread_total > 0 && (
            <Badge size="2xsmall" color="orange" data-testid="support-unread-total">
              {data.unread_total} unread
            </Badge>
          )}
        </div>
        <div className="w-56">
          <Select
            value={filter}
            onValueChange={(value) => {
              setFilter(value as Filter)
              setOffset(0)
            }}
          >
            <Select.Trigger data-testid="support-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All requests</Select.Item>
              {(Object.keys(STATUS_LABELS) as SupportStatus[]).map((status) => (
                <Select.Item key={status} value={status}>
                  {STATUS_LABELS[status]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : isLoading || !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : data.support_requests.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No support requests here.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Subject</Table.HeaderCell>
                <Table.HeaderCell>From</Table.HeaderCell>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Category</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Unread</Table.HeaderCell>
                <Table.HeaderCell>Opened</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.support_requests.map((request) => (
                <Table.Row key={request.id} data-testid="support-inbox-row">
                  <Table.Cell>
                    <Link to={`/support/${request.id}`} className="txt-compact-small-plus hover:underline">
                      {request.subject}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {request.email}
                    {request.customer_id ? "" : " (guest)"}
                  </Table.Cell>
                  <Table.Cell>
                    {request.order ? <Link to={`/orders/${request.order.id}`}>#{request.order.display_id}</Link> : "–"}
                  </Table.Cell>
                  <Table.Cell>{CATEGORY_LABELS[request.category] ?? request.category}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLORS[request.status]}>{STATUS_LABELS[request.status]}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    {request.unread_count > 0 ? (
                      <Badge size="2xsmall" color="orange">
                        {request.unread_count}
                      </Badge>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatTime(request.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {offset + 1}–{offset + data.support_requests.length} of {data.count}
            </Text>
            <div className="flex gap-x-2">
              <Button variant="secondary" size="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Previous
              </Button>
              <Button
                variant="secondary"
                size="small"
                disabled={offset + PAGE_SIZE >= data.count}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next
              </Button>
            </div>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Support",
  icon: ChatBubbleLeftRight,
})

export default SupportInboxPage
