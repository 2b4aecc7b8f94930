import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** Validates the query string with a zod schema: a clear 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodTypeAny>(schema: S, req: MedusaRequest): z.infer<S> {
  const parsed = schema.safeParse(req.query ?? {})
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join(".") : "query"}: ${issue.message}`)
      .join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  return parsed.data
}
