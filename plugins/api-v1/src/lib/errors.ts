import type { MedusaResponse } from "@medusajs/framework/http"

/** One problem with the request, named by the field it concerns. */
export type FieldError = { field: string; message: string }

/** The api/v1 error body of the store's specification: `{ "errorMessage": "..." }`. */
export type ApiV1ErrorBody = { errorMessage: string; errors?: FieldError[] }

export const INVALID_INPUT = "Invalid Input"
export const NOT_FOUND = "Not Found"

export function sendError(
  res: MedusaResponse,
  status: number,
  errorMessage: string,
  errors?: FieldError[],
  headers: Record<string, string> = {}
): void {
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value)
  }
  const body: ApiV1ErrorBody = errors && errors.length ? { errorMessage, errors } : { errorMessage }
  res.status(status).json(body)
}

export function sendInvalidInput(res: MedusaResponse, errors: FieldError[]): void {
  sendError(res, 400, INVALID_INPUT, errors)
}
