import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { restoreProductsBrand, setProductsBrand } from "../../lib/product-brand-links"
import type { ProductBrandSnapshot } from "../../lib/product-brand-links"

/**
 * `additional_data.brand_id` on Medusa's product create/update (admin API
 * and admin UI) sets the product's brand: a brand id links it, null removes
 * the brand, leaving it out changes nothing. An unknown brand fails the
 * workflow, so Medusa undoes the product change too.
 */
function brandIdOf(additionalData: Record<string, unknown> | undefined): string | null | undefined {
  const value = additionalData?.brand_id
  if (value === undefined) return undefined
  if (value === null || value === "") return null
  return String(value)
}

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const brandId = brandIdOf(additional_data)
    if (!brandId || !products.length) {
      return new StepResponse<ProductBrandSnapshot | undefined, ProductBrandSnapshot | undefined>(undefined, undefined)
    }
    const previous = await setProductsBrand(
      container,
      products.map((p) => p.id),
      brandId
    )
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (previous) await restoreProductsBrand(container, previous)
  }
)

updateProductsWorkflow.hooks.productsUpdated(
  async ({ products, additional_data }, { container }) => {
    const brandId = brandIdOf(additional_data)
    if (brandId === undefined || !products.length) {
      return new StepResponse<ProductBrandSnapshot | undefined, ProductBrandSnapshot | undefined>(undefined, undefined)
    }
    const previous = await setProductsBrand(
      container,
      products.map((p) => p.id),
      brandId
    )
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (previous) await restoreProductsBrand(container, previous)
  }
)
