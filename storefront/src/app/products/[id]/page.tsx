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
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await getProduct((await params).id)
  return product ? { title: product.name, description: product.description ?? undefined } : { title: "Not found" }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { id } = await params
  const [product, variantId] = await Promise.all([getProduct(id), getProductVariantId(id)])
  if (!product) notFound()
  // The view is reported after the page went out, only when the shopper accepted tracking.
  if ((await getTrackingChoice()) === "granted") {
    const caller = { token: await getAuthToken(), visitorId: await getVisitorId() }
    after(() => recordProductView(product.id, caller))
  }
  return (
    <>
      <ProductTemplate product={product} variantId={variantId} />
      <Suspense fallback={null}>
        <RecentlyViewedRail excludeProductId={product.id} />
      </Suspense>
    </>
  )
}
