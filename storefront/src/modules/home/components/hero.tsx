import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import { ProductImage } from "@/modules/products/components/product-image"

export function Hero({ featured }: { featured: CatalogueProduct[] }) {
  return (
    <section className="hero" data-testid="hero" aria-labelledby="hero-title">
      <div>
        <h1 id="hero-title">Good food from brands you trust</h1>
        <p>Fresh fruit, bakery, dairy and pantry staples — picked, packed and delivered across Europe.</p>
        <p>
          <Link prefetch={false} href="/products" className="button" data-testid="hero-cta">
            Shop all products
          </Link>
        </p>
      </div>
      <div className="hero__art" aria-hidden="true">
        {featured.slice(0, 4).map((p) => (
          <ProductImage key={p.id} src={p.image} alt="" sizes="(max-width: 760px) 1px, 200px" />
        ))}
      </div>
    </section>
  )
}
