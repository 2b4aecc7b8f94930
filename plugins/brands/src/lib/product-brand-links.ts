import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import { listProductBrandLinks } from "./brand-products"

type Resolver = Pick<MedusaContainer, "resolve">

/** product id → brand id (null: no brand), as it was before a change; what a compensation restores. */
export type ProductBrandSnapshot = Record<string, string | null>

function linkOf(productId: string, brandId: string) {
  return { [Modules.PRODUCT]: { product_id: productId }, [BRAND_MODULE]: { brand_id: brandId } }
}

/**
 * Gives each product the brand (or none, for null), replacing what it had.
 * Returns the previous state so a failing workflow can put it back.
 */
export async function setProductsBrand(
  container: Resolver,
  productIds: string[],
  brandId: string | null
): Promise<ProductBrandSnapshot> {
  if (brandId) {
    const brands = await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({ id: brandId }, { select: ["id"] })
    if (!brands.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `additional_data.brand_id: brand ${brandId} does not exist`)
    }
  }
  const current = await listProductBrandLinks(container, { product_id: productIds })
  const previous: ProductBrandSnapshot = Object.fromEntries(productIds.map((id) => [id, null]))
  for (const link of current) previous[link.product_id] = link.brand_id

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const stale = current.filter((l) => l.brand_id !== brandId)
  if (stale.length) {
    await link.dismiss(stale.map((l) => linkOf(l.product_id, l.brand_id)))
  }
  if (brandId) {
    const missing = productIds.filter((id) => previous[id] !== brandId)
    if (missing.length) {
      await link.create(missing.map((id) => linkOf(id, brandId)))
    }
  }
  return previous
}

/** Puts the product–brand links back as the snapshot describes. */
export async function restoreProductsBrand(container: Resolver, snapshot: ProductBrandSnapshot): Promise<void> {
  const productIds = Object.keys(snapshot)
  if (!productIds.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const current = await listProductBrandLinks(container, { product_id: productIds })
  const wrong = current.filter((l) => snapshot[l.product_id] !== l.brand_id)
  if (wrong.length) {
    await link.dismiss(wrong.map((l) => linkOf(l.product_id, l.brand_id)))
  }
  const linked = new Set(current.filter((l) => snapshot[l.product_id] === l.brand_id).map((l) => l.product_id))
  const toCreate = productIds.filter((id) => snapshot[id] && !linked.has(id))
  if (toCreate.length) {
    await link.create(toCreate.map((id) => linkOf(id, snapshot[id] as string)))
  }
}
