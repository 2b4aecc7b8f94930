import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { brandNameTaken } from "../../lib/errors"

export type EnsureBrandNameAvailableInput = { name: string; exclude_id?: string }

/**
 * Refuses a name another brand already has, ignoring case, with a clear
 * message. The unique index on lower(name) still guards against a race.
 */
export const ensureBrandNameAvailableStep = createStep(
  "ensure-brand-name-available",
  async ({ name, exclude_id }: EnsureBrandNameAvailableInput, { container }) => {
    const brandModule = container.resolve<BrandModuleService>(BRAND_MODULE)
    // The name column is searchable: `q` narrows the candidates (ILIKE), the
    // exact case-insensitive comparison happens here.
    const candidates = await brandModule.listBrands({ q: name }, { select: ["id", "name"], take: null })
    const clash = candidates.find((b) => b.id !== exclude_id && b.name.toLowerCase() === name.toLowerCase())
    if (clash) {
      throw brandNameTaken(clash.name)
    }
    return new StepResponse(undefined)
  }
)
