import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { FieldError } from "./errors"
import { sendInvalidInput } from "./errors"

type ZodLike = z.ZodType

/** Zod issues → the contract's `errors` array, one entry per field. */
export function toFieldErrors(error: z.ZodError, root = "body"): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : root
    if (seen.has(field)) continue
    seen.add(field)
    errors.push({ field, message: issue.message })
  }
  return errors
}

export type ValidatedRequest<Body = unknown, Query = unknown> = MedusaRequest & {
  apiV1Body?: Body
  apiV1Query?: Query
}

/** Validates req.body with a zod schema; the parsed value is left in req.apiV1Body. */
export function validateBody<S extends ZodLike>(schema: S) {
  return function apiV1ValidateBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
    const result = schema.safeParse(req.body)
    if (!result.success) {
      return sendInvalidInput(res, toFieldErrors(result.error))
    }
    ;(req as ValidatedRequest<z.infer<S>>).apiV1Body = result.data
    next()
  }
}

/** Validates req.query (as Express parsed it) with a zod schema; the result is left in req.apiV1Query. */
export function validateQuery<S extends ZodLike>(schema: S) {
  return function apiV1ValidateQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
    const result = schema.safeParse(req.query)
    if (!result.success) {
      return sendInvalidInput(res, toFieldErrors(result.error, "query"))
    }
    ;(req as ValidatedRequest<unknown, z.infer<S>>).apiV1Query = result.data
    next()
  }
}
