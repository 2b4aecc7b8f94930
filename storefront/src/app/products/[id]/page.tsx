import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { after } from "next/server"
import { Suspense } from "react"
import { getAuthToken } from "@/lib/data/cookies"
import { recordProductView } from "@/lib/data/engagement"
import { getTrackingChoice } from "@/lib/data/tracking-consent"
import { getVisitorId } from "@/lib/data/visitor"
import { RecentlyViewedRail } from "@/modules/engagement/templates/recently-viewed-rail"
import { getProduct, getProductVariantId } from "@/lib/data/products"
import type { ReviewSort } from "@/lib/data/reviews"
import { getMyReview, getProductReviews } from "@/lib/data/reviews"
import { getAlsoBought } from "@/lib/data/recommendations"
import { RecommendationRail } from "@/modules/recommendations/components/recommendation-rail"
import { ProductTemplate } from "@/modules/products/templates/product-template"
import { ProductReviews } from "@/modules/reviews/components/product-reviews"

type Params = Promise<{ id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const SORTS: ReviewSort[] = ["newest", "highest", "lowest", "helpful"]

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await getProduct((await params).id)
  return product ? { title: product.name, description: product.description ?? undefined } : { title: "Not found" }
}

export default async function ProductPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const query = await searchParams
  const sort = SORTS.find((s) => s === query.sort) ?? "newest"
  const offset = Math.max(0, Math.min(1_000_000, Number.parseInt(String(query.offset ?? "0"), 10) || 0))
  const loggedIn = (await getAuthToken()) !== null
  const [product, variantId, reviews, myReview, alsoBought] = await Promise.all([
    getProduct(id),
    getProductVariantId(id),
    getProductReviews(id, sort, offset),
    loggedIn ? getMyReview(id) : Promise.resolve(null),
    getAlsoBought(id, 4),
  ])
  if (!product) notFound()
  // The view is reported after the page went out, only when the shopper accepted tracking.
  if ((await getTrackingChoice()) === "granted") {
    const caller = { token: await getAuthToken(), visitorId: await getVisitorId() }
    after(() => recordProductView(product.id, caller))
  }
  return (
    <>
      <ProductTemplate product={product} variantId={variantId} />
      <RecommendationRail rail={alsoBought} title="Customers also bought" />
      <ProductReviews productId={product.id} data={reviews} myReview={myReview} loggedIn={loggedIn} />
      <Suspense fallback={null}>
        <RecentlyViewedRail excludeProductId={product.id} />
      </Suspense>
    </>
  )
}
