import type { RecommendationRail as Rail } from "@/lib/data/recommendations"
import { ProductRail } from "@/modules/home/components/product-rail"
import { RailTracker } from "@/modules/recommendations/components/rail-tracker"

/** A recommendation rail: the shop's product rail plus impression and click reporting. */
export function RecommendationRail({ rail, title, preloadFirst = 0 }: { rail: Rail | null; title: string; preloadFirst?: number }) {
  if (!rail || !rail.products.length) return null
  return (
    <RailTracker rail={rail.rail} productIds={rail.products.map((p) => p.id)}>
      <div data-personalized={rail.personalized ? "true" : "false"} data-testid={`recommendations-${rail.rail}-state`}>
        <ProductRail id={rail.rail} title={title} products={rail.products} preloadFirst={preloadFirst} />
      </div>
    </RailTracker>
  )
}
