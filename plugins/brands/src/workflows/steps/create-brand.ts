import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { brandNameTaken, isUniqueViolation } from "../../lib/errors"

export type CreateBrandStepInput = { name: string; description?: string | null; logo?: string | null }

export const createBrandStep = createStep(
  "create-brand",
  async (input: CreateBrandStepInput, { container }) => {
    const brandModule = container.resolve<BrandModuleService>(BRAND_MODULE)
    try {
      const brand = await brandModule.createBrands(input)
      return new StepResponse(brand, brand.id)
    } catch (error) {
      throw isUniqueViolation(error) ? brandNameTaken(input.name) : error
    }
  },
  async (brandId, { container }) => {
    if (!brandId) return
    await container.resolve<BrandModuleService>(BRAND_MODULE).deleteBrands(brandId)
  }
)
