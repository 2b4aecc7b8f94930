import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_INDEX_MODULE } from "../../modules/product-index"
import type ProductIndexModuleService from "../../modules/product-index/service"
import type { ProductIndexWriteUndo } from "../../modules/product-index/types"
import type { CollectedRows } from "./collect-product-index-rows"

/** Writes the rows in one transaction; the compensation puts back what was there. */
export const writeProductIndexRowsStep = createStep(
  "write-product-index-rows",
  async (input: CollectedRows, { container }) => {
    const undo = await container.resolve<ProductIndexModuleService>(PRODUCT_INDEX_MODULE).writeEntries({
      rows: input.rows,
      removeIds: input.remove_ids,
      replaceAll: input.replace_all,
    })
    return new StepResponse({ written: input.rows.length, removed: input.remove_ids.length }, undo)
  },
  async (undo: ProductIndexWriteUndo | undefined, { container }) => {
    if (!undo) return
    await container.resolve<ProductIndexModuleService>(PRODUCT_INDEX_MODULE).restoreEntries(undo)
  }
)
