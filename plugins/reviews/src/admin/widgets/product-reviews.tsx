import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import type { AdminReviewList } from "../lib/api"
import { adminFetch, formatTime, stars, STATUS_COLORS, STATUS_LABELS } from "../lib/api"

/** The product's rating (approved reviews) and its latest reviews of any status. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-reviews", "product", product.id],
    queryFn: () => adminFetch<AdminReviewList>(`/admin/reviews?product_id=${encodeURIComponent(product.id)}&limit=5`),
  })
  const aggregate = data?.aggregate

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Reviews</Heading>
        <Link to="/reviews" className="txt-compact-small text-ui-fg-interactive hover:underline">
          All reviews
        </Link>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="product-reviews-widget">
        {error ? (
          <Text size="small" className="text-ui-fg-error">
            Could not load the reviews.
          </Text>
        ) : isLoading || !data ? (
          <Text size="small">Loading…</Text>
        ) : (
          <>
            <div>
              <Text size="small" weight="plus" data-testid="product-reviews-aggregate">
                {aggregate && aggregate.count > 0
                  ? `${aggregate.average?.toFixed(2)} of 5 · ${aggregate.count} approved review${aggregate.count === 1 ? "" : "s"}`
                  : "No approved reviews yet"}
              </Text>
              {aggregate && aggregate.count > 0 && (
                <div className="mt-1 flex flex-col gap-y-0.5">
                  {["5", "4", "3", "2", "1"].map((star) => (
                    <Text key={star} size="xsmall" className="text-ui-fg-subtle">
                      {star} ★ · {aggregate.histogram[star] ?? 0}
                    </Text>
                  ))}
                </div>
              )}
            </div>
            {data.reviews.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                Nobody has reviewed this product yet.
              </Text>
            ) : (
              data.reviews.map((review) => (
                <div key={review.id} className="flex flex-col gap-y-0.5" data-testid="product-reviews-item">
                  <div className="flex items-center justify-between gap-x-2">
                    <Text size="small" weight="plus" className="truncate">
                      {stars(review.rating)} {review.title}
                    </Text>
                    <StatusBadge color={STATUS_COLORS[review.status]}>{STATUS_LABELS[review.status]}</StatusBadge>
                  </div>
                  <Text size="xsmall" className="line-clamp-2 text-ui-fg-subtle">
                    {review.body}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {review.author_name} · {formatTime(review.created_at)}
                  </Text>
                </div>
              ))
            )}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductReviewsWidget
