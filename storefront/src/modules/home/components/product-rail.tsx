import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import { ProductGrid } from "@/modules/products/components/product-grid"

/** A titled row of products (new arrivals, bestsellers, and later: recommendations). */
export function ProductRail({
  id,
  title,
  products,
  moreHref,
  preloadFirst = 0,
}: {
  id: string
  title: string
  products: CatalogueProduct[]
  moreHref?: string
  /** how many images load at once (the first rail holds the largest paint on a phone) */
  preloadFirst?: number
}) {
  if (!products.length) return null
  return (
    <section className="rail" aria-labelledby={`${id}-title`} data-testid={`rail-${id}`}>
      <div className="rail__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {moreHref ? (
          <Link prefetch={false} href={moreHref} data-testid={`rail-${id}-more`}>
            See all
          </Link>
        ) : null}
      </div>
      <ProductGrid products={products} preloadFirst={preloadFirst} testId={`rail-${id}-grid`} />
    </section>
  )
}
