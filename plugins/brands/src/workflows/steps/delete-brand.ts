import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"

/** Soft-deletes the brand, so the compensation can restore it as it was. */
export const deleteBrandStep = createStep(
  "delete-brand",
  async (id: string, { container }) => {
    await container.resolve<BrandModuleService>(BRAND_MODULE).softDeleteBrands([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BrandModuleService>(BRAND_MODULE).restoreBrands([id])
  }
)
