import type { CatalogueProduct } from "@/lib/data/products"
import { ProductCard } from "@/modules/products/components/product-card"

export function ProductGrid({
  products,
  preloadFirst = 0,
  testId = "product-grid",
}: {
  products: CatalogueProduct[]
  preloadFirst?: number
  testId?: string
}) {
  return (
    <ul className="product-grid" data-testid={testId}>
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} preload={i < preloadFirst} />
        </li>
      ))}
    </ul>
  )
}
