import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { FieldError } from "./errors"
import { sendInvalidInput } from "./errors"

/**
 * Input no route can be trusted to survive, rejected once for every route
 * (api/v1, /store, /admin, /auth, plugin routes, Medusa's own) before any of
 * them looks at it:
 *
 * - a NUL byte anywhere in the path, the query or the body: PostgreSQL
 *   refuses it in text, so it used to surface as a 500 from whichever query
 *   it reached;
 * - malformed percent-encoding (`%ff`, `%zz`, a cut-off UTF-8 sequence):
 *   Express throws while decoding a route parameter and Medusa answered 500;
 * - an object key that shadows a member every object inherits (`toString`,
 *   `valueOf`, `constructor`, `__proto__`, …): `{"id":{"toString":"x"}}`
 *   makes any `String(value)` or template literal throw before a validator
 *   has said a word;
 * - nesting deeper than any of our payloads (recursive validators would
 *   otherwise exhaust the stack).
 */

export const MAX_NESTING = 32

/** The names an own key must not take: every member of Object.prototype. */
const INHERITED_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype))

const NUL = "\u0000"

/** The first problem with a parsed value (body or query), or null. */
export function unsafeValueProblem(value: unknown, root: string): FieldError | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }]
  while (pending.length) {
    const { value: current, field, depth } = pending.pop()!
    if (typeof current === "string") {
      if (current.includes(NUL)) return { field, message: "must not contain a NUL character" }
      continue
    }
    if (typeof current !== "object" || current === null) continue
    if (depth >= MAX_NESTING) return { field, message: `must not be nested more than ${MAX_NESTING} levels deep` }
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, field: `${field}.${index}`, depth: depth + 1 }))
      continue
    }
    for (const key of Object.keys(current)) {
      if (key.includes(NUL)) return { field, message: "must not have a field name with a NUL character" }
      if (INHERITED_MEMBERS.has(key)) return { field, message: `must not have a field named "${key}"` }
      pending.push({ value: (current as Record<string, unknown>)[key], field: `${field}.${key}`, depth: depth + 1 })
    }
  }
  return null
}

/** Decodes one URL component the way a server would; null when it is not valid percent-encoded UTF-8. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "))
  } catch {
    return null
  }
}

/** The first problem with the raw request target (path and query string), or null. */
export function unsafeUrlProblem(url: string): FieldError | null {
  const queryStart = url.indexOf("?")
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1)
  const decodedPath = decodeComponent(path)
  if (decodedPath === null) return { field: "path", message: "is not valid percent-encoding" }
  if (decodedPath.includes(NUL)) return { field: "path", message: "must not contain a NUL character" }
  for (const pair of query.split("&")) {
    if (!pair) continue
    const separator = pair.indexOf("=")
    const name = decodeComponent(separator === -1 ? pair : pair.slice(0, separator))
    const value = separator === -1 ? "" : decodeComponent(pair.slice(separator + 1))
    const field = `query.${name ?? pair.slice(0, separator === -1 ? undefined : separator)}`
    if (name === null || value === null) return { field, message: "is not valid percent-encoding" }
    if (name.includes(NUL) || value.includes(NUL)) return { field, message: "must not contain a NUL character" }
  }
  return null
}

/** The first problem anywhere in the request as parsed so far (target, query, body), or null. */
export function unsafeRequestProblem(req: MedusaRequest): FieldError | null {
  return (
    unsafeUrlProblem(req.originalUrl ?? req.url) ??
    unsafeValueProblem(req.query, "query") ??
    unsafeValueProblem(req.body, "body")
  )
}

/** Whether the request went to api/v1; read from the original URL, since a mounted middleware sees only the rest of it. */
export function isApiV1Request(req: MedusaRequest): boolean {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  return path === "/api/v1" || path.startsWith("/api/v1/")
}

/**
 * Answers a rejected request in the shape of the API it was sent to: the
 * contract's `{"errorMessage": …}` on api/v1, Medusa's `{type, message}`
 * (through the app's error handler) everywhere else.
 */
export function rejectInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, problem: FieldError): void {
  if (isApiV1Request(req)) return sendInvalidInput(res, [problem])
  next(inputError(problem))
}

/** The problem as the Medusa error its error handler answers with 400 `{type: "invalid_data", message}`. */
export function inputError(problem: FieldError): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problem.field} ${problem.message}.`)
}

/** The middleware for every route: see the top of this file. */
export function inputGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const problem = unsafeRequestProblem(req)
  if (problem) return rejectInput(req, res, next, problem)
  next()
}
