import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { sendInvalidInput } from "@shop/api-v1/lib/errors"
import { inputError, isApiV1Request } from "@shop/api-v1/lib/input-guard"

// Medusa's in-memory locking provider (used without Redis) gives up waiting
// for a lock with a plain Error, which Medusa answers as a 500 "unknown
// error"; its Redis provider throws a conflict for the same situation.
const IN_MEMORY_LOCK_TIMEOUT = /^Failed to acquire lock for key /

export function isLockTimeout(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && IN_MEMORY_LOCK_TIMEOUT.test(message)
}

const medusaErrorHandler = errorHandler()

/**
 * Express's own "Failed to decode param" (a route parameter that is not valid
 * percent-encoding), which Medusa's handler answers 500. The input guard
 * rejects such URLs first; this keeps a route registered before it honest.
 */
function isBadPercentEncoding(error: unknown): boolean {
  return error instanceof URIError && (error as URIError & { status?: number }).status === 400
}

/**
 * Medusa's error handler, except that a lock wait that timed out is what it
 * is: a conflict with a concurrent request on the same resource (say, the
 * same cart completed twice at once), answered 409 so the client may retry.
 */
export function shopErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isLockTimeout(error) && !res.headersSent) {
    res.status(409).json({
      type: "conflict",
      message: "Another request is working on the same resource (for example, this cart is already being completed). Please try again.",
    })
    return
  }
  if (isBadPercentEncoding(error) && !res.headersSent) {
    const problem = { field: "path", message: "is not valid percent-encoding" }
    if (isApiV1Request(req)) return sendInvalidInput(res, [problem])
    return medusaErrorHandler(inputError(problem), req, res, next)
  }
  return medusaErrorHandler(error, req, res, next)
}
