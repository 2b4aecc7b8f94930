import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { EngagementStats } from "../../lib/api"
import { adminFetch, isoDay } from "../../lib/api"

const DAY = 24 * 60 * 60 * 1000

function label(title: string | null, id: string): string {
  const text = title ?? id
  return text.length > 22 ? `${text.slice(0, 21)}…` : text
}

type ChartRow = { name: string; value: number }

const ProductChart = ({ title, rows, unit, testId }: { title: string; rows: ChartRow[]; unit: string; testId: string }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid={testId}>
    <Heading level="h2">{title}</Heading>
    {rows.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle">
        Nothing in this period.
      </Text>
    ) : (
      <div style={{ width: "100%", height: Math.max(160, rows.length * 32) }}>
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={unit !== "%"} unit={unit === "%" ? "%" : undefined} />
            <YAxis type="category" dataKey="name" width={180} />
            <Tooltip formatter={(value) => [`${value}${unit === "%" ? "%" : ""}`, unit === "%" ? "conversion" : unit]} />
            <Bar dataKey="value" fill="var(--fg-interactive, #3b82f6)" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    )}
  </div>
)

/** Engagement: most viewed, most wishlisted and view→purchase conversion per product over a chosen period. */
const EngagementPage = () => {
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * DAY)))
  const [to, setTo] = useState(isoDay(new Date(Date.now() + DAY)))

  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-engagement-stats", from, to],
    queryFn: () =>
      adminFetch<EngagementStats>(`/admin/engagement/stats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=10`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h1">Engagement</Heading>
        <div className="flex items-end gap-x-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="engagement-from" size="small">
              From
            </Label>
            <Input id="engagement-from" type="date" size="small" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="engagement-to" size="small">
              To (exclusive)
            </Label>
            <Input id="engagement-to" type="date" size="small" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
      </div>
      {error ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {error instanceof Error ? error.message : "Could not load the figures."}
          </Text>
        </div>
      ) : isLoading || !data ? (
        <div className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </div>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="engagement-totals">
            {(
              [
                ["Product views", data.totals.views],
                ["Viewers", data.totals.viewers],
                ["Wishlist adds", data.totals.wishlist_adds],
                ["Purchased lines", data.totals.purchases],
              ] as const
            ).map(([name, value]) => (
              <div key={name} className="flex flex-col">
                <Text size="small" className="text-ui-fg-subtle">
                  {name}
                </Text>
                <Text size="xlarge" weight="plus">
                  {value}
                </Text>
              </div>
            ))}
          </div>
          <ProductChart
            title="Most viewed"
            unit="views"
            testId="engagement-most-viewed"
            rows={data.most_viewed.map((r) => ({ name: label(r.product_title, r.product_id), value: r.views }))}
          />
          <ProductChart
            title="Most wishlisted"
            unit="adds"
            testId="engagement-most-wishlisted"
            rows={data.most_wishlisted.map((r) => ({ name: label(r.product_title, r.product_id), value: r.adds }))}
          />
          <ProductChart
            title="View → purchase conversion"
            unit="%"
            testId="engagement-conversion"
            rows={data.conversion.map((r) => ({
              name: `${label(r.product_title, r.product_id)} (${r.buyers}/${r.viewers})`,
              value: Math.round(r.rate * 1000) / 10,
            }))}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Engagement",
  icon: ChartBar,
})

export default EngagementPage
