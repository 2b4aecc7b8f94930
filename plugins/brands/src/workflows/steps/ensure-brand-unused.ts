import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { countProductsByBrand } from "../../lib/brand-products"

/** A brand that products still use cannot be deleted: say how many, so the merchant can move them first. */
export const ensureBrandUnusedStep = createStep("ensure-brand-unused", async (id: string, { container }) => {
  const brand = await container.resolve<BrandModuleService>(BRAND_MODULE).retrieveBrand(id, { select: ["id", "name"] })
  const count = (await countProductsByBrand(container, [id])).get(id) ?? 0
  if (count > 0) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Brand "${brand.name}" is used by ${count} product${count === 1 ? "" : "s"}. ` +
        `Assign ${count === 1 ? "it" : "them"} another brand (or none) before deleting it.`
    )
  }
  return new StepResponse(brand)
})
