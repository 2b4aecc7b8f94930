import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"

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
  return medusaErrorHandler(error, req, res, next)
}
