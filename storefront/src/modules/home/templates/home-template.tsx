import type { HomeRail } from "@/lib/data/home"
import type { CatalogueProduct } from "@/lib/data/products"
import { BrandList } from "@/modules/home/components/brand-list"
import { Hero } from "@/modules/home/components/hero"
import { ProductRail } from "@/modules/home/components/product-rail"
import type { RecommendationRail as ForYouRail } from "@/lib/data/recommendations"
import { RecommendationRail } from "@/modules/recommendations/components/recommendation-rail"

export function HomeTemplate({
  featured,
  rails,
  brands,
  forYou = null,
}: {
  featured: CatalogueProduct[]
  rails: HomeRail[]
  brands: { name: string; count: number }[]
  /** "Recommended for you" (@shop/recommendations), first under the hero */
  forYou?: ForYouRail | null
}) {
  return (
    <>
      <Hero featured={featured} />
      <RecommendationRail rail={forYou} title="Recommended for you" />
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
