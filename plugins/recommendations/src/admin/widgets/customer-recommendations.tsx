import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import type { CustomerRecommendations } from "../lib/api"
import { adminFetch, REASON_LABELS } from "../lib/api"

/** What the customer's "Recommended for you" rail shows right now, and why. */
const CustomerRecommendationsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-recommendations", "customer", customer.id],
    queryFn: () => adminFetch<CustomerRecommendations>(`/admin/recommendations/customers/${encodeURIComponent(customer.id)}?limit=8`),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Current recommendations</Heading>
        {data && (
          <Badge size="2xsmall" color={data.personalized ? "green" : "grey"}>
            {data.personalized ? "personal" : "cold start"}
          </Badge>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="customer-recommendations">
        {error ? (
          <Text size="small" className="text-ui-fg-error">
            Could not load the recommendations.
          </Text>
        ) : isLoading || !data ? (
          <Text size="small">Loading…</Text>
        ) : data.products.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            Nothing to recommend yet.
          </Text>
        ) : (
          data.products.map((p) => (
            <div key={p.id} className="flex items-center justify-between gap-x-2">
              <Link to={`/products/${p.id}`} className="txt-compact-small-plus truncate hover:underline">
                {p.title}
              </Link>
              <Text size="xsmall" className="shrink-0 text-ui-fg-subtle">
                {REASON_LABELS[p.reason]}
              </Text>
            </div>
          ))
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerRecommendationsWidget
