import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInvalidInput } from "./errors"
import { unsafeValueProblem } from "./input-guard"

export const DEFAULT_BODY_LIMIT = 64 * 1024

type RequestWithBodyFlag = MedusaRequest & { _body?: boolean }

/**
 * Parses a JSON object body for an api/v1 route and answers the contract's
 * 400 for everything else: wrong content type, a body over the limit, text
 * that is not JSON, or JSON that is not an object. Register the route with
 * `bodyParser: false` so Medusa's own parser (whose errors have another
 * shape) does not run first.
 */
export function jsonBody({ limit = DEFAULT_BODY_LIMIT }: { limit?: number } = {}) {
  return function apiV1JsonBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
    const request = req as RequestWithBodyFlag
    if (request._body) {
      // Already parsed by an earlier parser (and seen by the input guard): only the shape is left to check.
      return isPlainObject(req.body) ? next() : sendInvalidInput(res, [{ field: "body", message: "must be a JSON object" }])
    }
    const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
    if (type !== "application/json" && !type.endsWith("+json")) {
      return sendInvalidInput(res, [{ field: "body", message: "Content-Type must be application/json" }])
    }
    const declared = Number(req.headers["content-length"] ?? 0)
    if (declared > limit) {
      req.resume()
      return sendInvalidInput(res, [{ field: "body", message: `must be at most ${limit} bytes` }])
    }

    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on("data", (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        sendInvalidInput(res, [{ field: "body", message: `must be at most ${limit} bytes` }])
        return
      }
      chunks.push(chunk)
    })
    req.on("error", () => {
      if (!failed) {
        failed = true
        sendInvalidInput(res, [{ field: "body", message: "could not be read" }])
      }
    })
    req.on("end", () => {
      if (failed) return
      let parsed: unknown
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      } catch {
        return sendInvalidInput(res, [{ field: "body", message: "is not valid JSON" }])
      }
      if (!isPlainObject(parsed)) {
        return sendInvalidInput(res, [{ field: "body", message: "must be a JSON object" }])
      }
      // The app-wide input guard ran before this body was parsed.
      const problem = unsafeValueProblem(parsed, "body")
      if (problem) return sendInvalidInput(res, [problem])
      req.body = parsed
      request._body = true
      next()
    })
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
