import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler turns a CONFLICT into a generic "retry with an
 * Idempotency-Key" message. Brand conflicts (a duplicate name, a brand still
 * in use) need their own words, so routes answer them with this.
 */
export type ConflictBody = { type: "conflict"; message: string }

/** Errors thrown in a workflow reach the route as the error or as its serialized form. */
export function conflictMessage(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null
  const { type, message } = error as { type?: unknown; message?: unknown }
  return type === MedusaError.Types.CONFLICT && typeof message === "string" ? message : null
}

export function brandNameTaken(name: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, `A brand named "${name}" already exists (names are compared ignoring case).`)
}

/** PostgreSQL unique_violation, raw or as mapped by Medusa's DAL ("... already exists."). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  return code === "23505" || (typeof message === "string" && /already exists/i.test(message))
}
