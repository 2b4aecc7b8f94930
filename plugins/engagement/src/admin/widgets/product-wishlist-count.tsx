import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Heart } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { adminFetch } from "../lib/api"

/** "In N wishlists" on the product page. */
const ProductWishlistCountWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, error } = useQuery({
    queryKey: ["shop-engagement-product", product.id],
    queryFn: () => adminFetch<{ wishlist_count: number }>(`/admin/engagement/products/${encodeURIComponent(product.id)}`),
  })
  const count = data?.wishlist_count
  return (
    <Container className="flex items-center justify-between px-6 py-4" data-testid="product-wishlist-count">
      <div className="flex items-center gap-x-2">
        <Heart />
        <Heading level="h2">Wishlists</Heading>
      </div>
      <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {error ? "Could not load" : count === undefined ? "…" : `In ${count} ${count === 1 ? "wishlist" : "wishlists"}`}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductWishlistCountWidget
