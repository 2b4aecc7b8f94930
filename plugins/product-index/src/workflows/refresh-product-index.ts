import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { collectProductIndexRowsStep } from "./steps/collect-product-index-rows"
import { resolveChangedProductsStep } from "./steps/resolve-changed-products"
import { writeProductIndexRowsStep } from "./steps/write-product-index-rows"
import type { ProductIndexChanges } from "./types"

/**
 * Brings the product index up to date after a change: which products are
 * affected, what they look like now, written in one transaction. With
 * `all: true` it rebuilds the whole index (start-up, periodic safety net).
 */
export const refreshProductIndexWorkflow = createWorkflow(
  "refresh-product-index",
  (input: ProductIndexChanges) => {
    const changed = resolveChangedProductsStep(input)
    const collected = collectProductIndexRowsStep(changed)
    const result = writeProductIndexRowsStep(collected)
    return new WorkflowResponse(result)
  }
)
