import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductBrandLink from "../links/product-brand"

type Resolver = Pick<MedusaContainer, "resolve">
type LinkRow = { product_id: string; brand_id: string }

/** The product–brand link rows for the given brands or products (read through Query, never the tables). */
export async function listProductBrandLinks(
  container: Resolver,
  filters: { brand_id?: string[]; product_id?: string[] }
): Promise<LinkRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ProductBrandLink.entryPoint,
    fields: ["product_id", "brand_id"],
    filters,
  })
  return data as LinkRow[]
}

/** How many products use each brand (0 for brands without products). */
export async function countProductsByBrand(container: Resolver, brandIds: string[]): Promise<Map<string, number>> {
  const counts = new Map(brandIds.map((id) => [id, 0]))
  if (!brandIds.length) return counts
  for (const link of await listProductBrandLinks(container, { brand_id: brandIds })) {
    counts.set(link.brand_id, (counts.get(link.brand_id) ?? 0) + 1)
  }
  return counts
}
