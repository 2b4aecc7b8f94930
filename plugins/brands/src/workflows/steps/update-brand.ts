import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { brandNameTaken, isUniqueViolation } from "../../lib/errors"

export type UpdateBrandStepInput = { id: string; name?: string; description?: string | null; logo?: string | null }
type BrandSnapshot = { id: string; name: string; description: string | null; logo: string | null }

export const updateBrandStep = createStep(
  "update-brand",
  async (input: UpdateBrandStepInput, { container }) => {
    const brandModule = container.resolve<BrandModuleService>(BRAND_MODULE)
    const previous = await brandModule.retrieveBrand(input.id, { select: ["id", "name", "description", "logo"] })
    try {
      const brand = await brandModule.updateBrands(input)
      const snapshot: BrandSnapshot = {
        id: previous.id,
        name: previous.name,
        description: previous.description,
        logo: previous.logo,
      }
      return new StepResponse(brand, snapshot)
    } catch (error) {
      throw isUniqueViolation(error) && input.name ? brandNameTaken(input.name) : error
    }
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BrandModuleService>(BRAND_MODULE).updateBrands(previous)
  }
)
