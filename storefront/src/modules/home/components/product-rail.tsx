import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import { ProductGrid } from "@/modules/products/components/product-grid"

/** A titled row of products (new arrivals, bestsellers, and later: recommendations). */
export function ProductRail({
  id,
  title,
  products,
  moreHref,
}: {
  id: string
  title: string
  products: CatalogueProduct[]
  moreHref?: string
}) {
  if (!products.length) return null
  return (
    <section className="rail" aria-labelledby={`${id}-title`} data-testid={`rail-${id}`}>
      <div className="rail__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {moreHref ? (
          <Link href={moreHref} data-testid={`rail-${id}-more`}>
            See all
          </Link>
        ) : null}
      </div>
      <ProductGrid products={products} testId={`rail-${id}-grid`} />
    </section>
  )
}
