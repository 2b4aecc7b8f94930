import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProduct, getProductVariantId } from "@/lib/data/products"
import { getAlsoBought } from "@/lib/data/recommendations"
import { RecommendationRail } from "@/modules/recommendations/components/recommendation-rail"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await getProduct((await params).id)
  return product ? { title: product.name, description: product.description ?? undefined } : { title: "Not found" }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { id } = await params
  const [product, variantId, alsoBought] = await Promise.all([getProduct(id), getProductVariantId(id), getAlsoBought(id, 4)])
  if (!product) notFound()
  return (
    <>
      <ProductTemplate product={product} variantId={variantId} />
      <RecommendationRail rail={alsoBought} title="Customers also bought" />
    </>
  )
}
