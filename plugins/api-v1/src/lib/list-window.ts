import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FieldError } from "./errors"
import { rejectInput } from "./input-guard"

/**
 * `limit` and `offset` of the /store and /admin list routes. Medusa turns
 * them into numbers without a range check, so `limit=-1` reached PostgreSQL
 * as `LIMIT -1` and answered 500. The ceiling is above what the admin
 * dashboard asks for (9999, its "all of them" lists).
 */
export const MAX_LIST_LIMIT = 10000
export const MAX_LIST_OFFSET = 2147483647

const WHOLE_NUMBER = /^\d{1,10}$/

function windowProblem(name: string, value: unknown, max: number): FieldError | null {
  if (value === undefined) return null
  const field = `query.${name}`
  if (Array.isArray(value)) return { field, message: "must be given once" }
  if (typeof value !== "string" || !WHOLE_NUMBER.test(value)) {
    return { field, message: "must be a whole number of 0 or more" }
  }
  return Number(value) > max ? { field, message: `must be at most ${max}` } : null
}

/** Rejects a `limit` or `offset` that is not a whole number in range with a 400. */
export function listWindowGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const query = req.query as Record<string, unknown>
  const problem = windowProblem("limit", query.limit, MAX_LIST_LIMIT) ?? windowProblem("offset", query.offset, MAX_LIST_OFFSET)
  if (problem) return rejectInput(req, res, next, problem)
  next()
}
