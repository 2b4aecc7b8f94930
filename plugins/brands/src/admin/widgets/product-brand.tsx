import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type ProductWithBrand = { brand?: { id: string; name: string } | null }

/** Shows which brand a product is sold under (read through the product–brand link). */
const ProductBrandWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const [brand, setBrand] = useState<ProductWithBrand["brand"]>(undefined)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    fetch(`/admin/products/${encodeURIComponent(data.id)}?fields=id,brand.id,brand.name`, {
      credentials: "include",
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { product: ProductWithBrand }) => setBrand(body.product.brand ?? null))
      .catch((error: Error) => {
        if (error.name !== "AbortError") {
          setFailed(true)
        }
      })
    return () => controller.abort()
  }, [data.id])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Brand</Heading>
      </div>
      <div className="px-6 py-4">
        <Text size="small" data-testid="product-brand-name">
          {failed ? "Could not load the brand." : brand === undefined ? "Loading…" : brand ? brand.name : "No brand"}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductBrandWidget
