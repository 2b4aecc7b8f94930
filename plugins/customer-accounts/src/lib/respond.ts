import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendError } from "@shop/api-v1/lib/errors"

/**
 * A failure the client cannot fix, in the api/v1 error shape. The error is
 * logged (its message and stack only: request bodies, and so passwords,
 * never reach the log).
 */
export function sendUnexpected(req: MedusaRequest, res: MedusaResponse, error: unknown, action: string): void {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  logger.error(`customer-accounts: ${action} failed: ${describe(error)}`)
  sendError(res, 500, "Internal Server Error")
}

export function sendThrottled(res: MedusaResponse, retryAfterSeconds: number): void {
  sendError(res, 429, "Too Many Requests", undefined, { "Retry-After": String(retryAfterSeconds) })
}

/** Workflow errors arrive as plain objects ({ message, stack }), not Error instances. */
function describe(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { stack, message } = error as { stack?: unknown; message?: unknown }
    if (typeof stack === "string") return stack
    if (typeof message === "string") return message
  }
  return String(error)
}
