import type { CatalogueProduct } from "@/lib/data/products"
import type { SortValue } from "@/lib/util/catalogue"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { CatalogueFilters } from "@/modules/store/components/catalogue-filters"
import { Pagination } from "@/modules/store/components/pagination"

export function CatalogueTemplate({
  products,
  count,
  page,
  pages,
  q,
  brand,
  order,
  brands,
}: {
  products: CatalogueProduct[]
  count: number
  page: number
  pages: number
  q: string
  brand: string
  order: SortValue
  brands: { name: string; count: number }[]
}) {
  const params: Record<string, string> = {}
  if (q) params.q = q
  if (brand) params.brand = brand
  if (order !== "name") params.order = order
  const heading = q ? `Results for “${q}”` : brand ? brand : "All products"
  return (
    <section className="store-layout" data-testid="catalogue">
      <div>
        <h1>{heading}</h1>
        <p className="muted" data-testid="result-count" aria-live="polite">
          {count === 1 ? "1 product" : `${count} products`}
          {pages > 1 ? ` · page ${page} of ${pages}` : ""}
        </p>
      </div>
      <CatalogueFilters key={`${q}|${brand}|${order}`} q={q} brand={brand} order={order} brands={brands} />
      {products.length ? (
        <ProductGrid products={products} preloadFirst={4} />
      ) : (
        <p className="notice notice--info" data-testid="no-results">
          No products match. Try another search or brand.
        </p>
      )}
      <Pagination page={page} pages={pages} params={params} />
    </section>
  )
}
