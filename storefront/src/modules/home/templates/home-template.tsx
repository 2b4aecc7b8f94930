import type { HomeRail } from "@/lib/data/home"
import type { CatalogueProduct } from "@/lib/data/products"
import { BrandList } from "@/modules/home/components/brand-list"
import { Hero } from "@/modules/home/components/hero"
import { ProductRail } from "@/modules/home/components/product-rail"

export function HomeTemplate({
  featured,
  rails,
  brands,
}: {
  featured: CatalogueProduct[]
  rails: HomeRail[]
  brands: { name: string; count: number }[]
}) {
  return (
    <>
      <Hero featured={featured} />
      {rails.map((rail, i) => (
        <ProductRail
          key={rail.id}
          id={rail.id}
          title={rail.title}
          products={rail.products}
          moreHref={rail.moreHref}
          preloadFirst={i === 0 ? 2 : 0}
        />
      ))}
      <BrandList brands={brands} />
    </>
  )
}
