import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's cart validators take any number as a quantity: `0.4` was added as
 * is, `1e-7` made a line of quantity 0 and `1e-25` answered 500. A quantity
 * here is a whole number of items; the ceiling only keeps it a safe integer
 * (stock decides what can really be bought).
 */
export const MAX_LINE_QUANTITY = 1_000_000

function quantityProblem(value: unknown, field: string, min: number): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_LINE_QUANTITY) return null
  return `${field} must be a whole number from ${min} to ${MAX_LINE_QUANTITY}.`
}

function reject(next: MedusaNextFunction, message: string): void {
  next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
}

function bodyOf(req: MedusaRequest): Record<string, unknown> {
  const body = req.body
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

/** POST /store/carts: every item of `items` has a whole quantity of at least 1. */
export function cartItemQuantities(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const items = bodyOf(req).items
  if (Array.isArray(items)) {
    for (const [index, item] of items.entries()) {
      const quantity = typeof item === "object" && item !== null ? (item as Record<string, unknown>).quantity : undefined
      const problem = quantityProblem(quantity, `items.${index}.quantity`, 1)
      if (problem) return reject(next, problem)
    }
  }
  next()
}

/** POST /store/carts/:id/line-items: a whole quantity of at least 1. */
export function addedQuantity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const problem = quantityProblem(bodyOf(req).quantity, "quantity", 1)
  return problem ? reject(next, problem) : next()
}

/** POST /store/carts/:id/line-items/:line_id: a whole quantity; 0 removes the line, as in Medusa. */
export function updatedQuantity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const problem = quantityProblem(bodyOf(req).quantity, "quantity", 0)
  return problem ? reject(next, problem) : next()
}

/**
 * Medusa's line-item update/delete, promotion and customer routes on a cart id
 * that does not exist read `completed_at` of nothing in their validate-cart
 * step and answer 500; the lean routes already answer 404, so these do too.
 */
export async function cartExists(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`))
  next()
}
