import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import type { CustomerEngagement } from "../lib/api"
import { adminFetch, formatDate, formatTime } from "../lib/api"

const Section = ({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4">
    <Text size="small" weight="plus">
      {title}
    </Text>
    {empty ? (
      <Text size="small" className="text-ui-fg-subtle">
        None.
      </Text>
    ) : (
      children
    )}
  </div>
)

/** The customer's purchase history, wishlist and recently viewed products. */
const CustomerEngagementWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-engagement-customer", customer.id],
    queryFn: () => adminFetch<CustomerEngagement>(`/admin/engagement/customers/${encodeURIComponent(customer.id)}?limit=10`),
  })

  return (
    <Container className="divide-y p-0" data-testid="customer-engagement">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Engagement</Heading>
        {data && (
          <Badge size="2xsmall" color={data.consent?.granted ? "green" : "grey"}>
            {data.consent ? (data.consent.granted ? "Tracking allowed" : "Tracking declined") : "No tracking choice"}
          </Badge>
        )}
      </div>
      {error ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the customer's engagement.
          </Text>
        </div>
      ) : isLoading || !data ? (
        <div className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </div>
      ) : (
        <>
          <Section title="Purchase history" empty={data.purchases.length === 0}>
            {data.purchases.map((p) => (
              <div key={p.id} className="flex items-center justify-between gap-x-2">
                <Text size="small" className="truncate">
                  {p.quantity} × {p.product_title ?? "Deleted product"}
                  {p.variant_title ? ` (${p.variant_title})` : ""}
                </Text>
                <div className="flex items-center gap-x-2">
                  {p.canceled_at && (
                    <Badge size="2xsmall" color="red">
                      canceled
                    </Badge>
                  )}
                  {p.returned_quantity > 0 && (
                    <Badge size="2xsmall" color="orange">
                      {p.returned_quantity} returned
                    </Badge>
                  )}
                  <Link to={`/orders/${p.order_id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                    #{p.order_display_id ?? "?"}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDate(p.purchased_at)}
                  </Text>
                </div>
              </div>
            ))}
          </Section>
          <Section title="Wishlist" empty={data.wishlist.length === 0}>
            {data.wishlist.map((w) => (
              <div key={w.product_id} className="flex items-center justify-between gap-x-2">
                <Link to={`/products/${w.product_id}`} className="txt-compact-small truncate hover:underline">
                  {w.product_title ?? w.product_id}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDate(w.created_at)}
                </Text>
              </div>
            ))}
          </Section>
          <Section title="Recently viewed" empty={data.recently_viewed.length === 0}>
            {data.recently_viewed.map((v) => (
              <div key={v.product_id} className="flex items-center justify-between gap-x-2">
                <Link to={`/products/${v.product_id}`} className="txt-compact-small truncate hover:underline">
                  {v.product_title ?? v.product_id}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatTime(v.viewed_at)}
                </Text>
              </div>
            ))}
          </Section>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerEngagementWidget
