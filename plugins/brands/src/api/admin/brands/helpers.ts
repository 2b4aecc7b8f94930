import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { countProductsByBrand } from "../../../lib/brand-products"

export type AdminBrand = {
  id: string
  name: string
  description: string | null
  logo: string | null
  product_count: number
}

type Resolver = Pick<MedusaContainer, "resolve">

/** The brands with how many products use each. */
export async function withProductCounts<T extends { id: string }>(
  container: Resolver,
  brands: T[]
): Promise<(T & { product_count: number })[]> {
  const counts = await countProductsByBrand(
    container,
    brands.map((b) => b.id)
  )
  return brands.map((b) => ({ ...b, product_count: counts.get(b.id) ?? 0 }))
}

export async function refetchBrand(container: Resolver, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand with id: ${id} was not found`)
  }
  const [brand] = await withProductCounts(container, data as { id: string }[])
  return brand
}
