import { defineRouteConfig } from "@medusajs/admin-sdk"
import { LightBulb } from "@medusajs/icons"
import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import type { ClickThrough } from "../../lib/api"
import { adminFetch, isoDay, percent, RAIL_LABELS } from "../../lib/api"

const DAY = 24 * 60 * 60 * 1000

/** Recommendation click-through: impressions, clicks and CTR per rail over a chosen period, and per day. */
const RecommendationsPage = () => {
  const [to, setTo] = useState(isoDay(new Date()))
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 29 * DAY)))
  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-recommendations-click-through", from, to],
    queryFn: () => adminFetch<ClickThrough>(`/admin/recommendations/click-through?from=${from}&to=${to}`),
  })
  const maxImpressions = Math.max(1, ...(data?.days ?? []).map((d) => d.impressions))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Recommendations</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Click-through of the storefront's recommendation rails (recorded only for shoppers who consented to tracking).
          </Text>
        </div>
        <div className="flex items-end gap-x-2">
          <div>
            <Label size="xsmall" htmlFor="rec-from">From</Label>
            <Input id="rec-from" type="date" size="small" value={from} max={to} onChange={(e) => e.target.value && setFrom(e.target.value)} data-testid="rec-from" />
          </div>
          <div>
            <Label size="xsmall" htmlFor="rec-to">To</Label>
            <Input id="rec-to" type="date" size="small" value={to} min={from} onChange={(e) => e.target.value && setTo(e.target.value)} data-testid="rec-to" />
          </div>
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : isLoading || !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : (
        <>
          <Table data-testid="rec-click-through">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Rail</Table.HeaderCell>
                <Table.HeaderCell>Impressions</Table.HeaderCell>
                <Table.HeaderCell>Clicks</Table.HeaderCell>
                <Table.HeaderCell>Click-through</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.rails.length === 0 ? (
                <Table.Row>
                  <Table.Cell>No impressions in this period.</Table.Cell>
                  <Table.Cell />
                  <Table.Cell />
                  <Table.Cell />
                </Table.Row>
              ) : (
                data.rails.map((r) => (
                  <Table.Row key={r.rail}>
                    <Table.Cell>{RAIL_LABELS[r.rail] ?? r.rail}</Table.Cell>
                    <Table.Cell>{r.impressions}</Table.Cell>
                    <Table.Cell>{r.clicks}</Table.Cell>
                    <Table.Cell>{percent(r.ctr)}</Table.Cell>
                  </Table.Row>
                ))
              )}
            </Table.Body>
          </Table>
          {data.days.length > 0 && (
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Heading level="h2">Per day</Heading>
              {data.days.map((d) => (
                <div key={`${d.day}-${d.rail}`} className="flex items-center gap-x-3">
                  <Text size="xsmall" className="w-40 shrink-0 text-ui-fg-subtle">
                    {d.day} · {d.rail}
                  </Text>
                  <div className="h-3 rounded bg-ui-bg-interactive" style={{ width: `${Math.max(2, (d.impressions / maxImpressions) * 60)}%` }} />
                  <Text size="xsmall">
                    {d.impressions} / {d.clicks} · {percent(d.ctr)}
                  </Text>
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Recommendations",
  icon: LightBulb,
})

export default RecommendationsPage
