import { z } from "@medusajs/framework/zod"
import type { TokenizedCard } from "./cards"
import { tokenizeCard } from "./cards"

/**
 * The shape of card details a shopper sends. Types and formats only; the
 * processor rules (Luhn, expiry, brand) are in cards.ts.
 */
const month = z.union([z.number().int(), z.string().regex(/^\d{1,2}$/)]).transform(Number)
const year = z
  .union([z.number().int(), z.string().regex(/^(\d{2}|\d{4})$/)])
  .transform(Number)
  .transform((y) => (y < 100 ? 2000 + y : y))

export const RawCardSchema = z
  .object({
    number: z.string().max(40),
    exp_month: month,
    exp_year: year,
    cvc: z.string().max(8),
    holder_name: z.string().max(200).optional(),
  })
  .strict()

export type CardProblem = { field: string; message: string }

const FIELD_HINTS: Record<string, string> = {
  number: "a string of 12 to 19 digits",
  exp_month: "a month from 1 to 12",
  exp_year: "a year such as 2030 (or 30)",
  cvc: "a string of 3 or 4 digits",
  holder_name: "a string of at most 200 characters",
  data: "an object { card: { number, exp_month, exp_year, cvc } }",
  card: "an object { number, exp_month, exp_year, cvc }",
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== "object") {
      return undefined
    }
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/**
 * Turns a schema issue into a message that names the field and what it
 * expects. It never echoes the submitted value (it may be a card number).
 */
export function describeCardIssue(issue: z.core.$ZodIssue, input: unknown, prefix: string): CardProblem {
  const segments = [...prefix.split(".").filter(Boolean), ...issue.path.map(String)]
  const field = segments.join(".") || "body"
  if (issue.code === "unrecognized_keys") {
    return { field, message: `${field} has unknown field(s): ${issue.keys.join(", ")}.` }
  }
  const hint = FIELD_HINTS[segments[segments.length - 1] ?? ""]
  if (valueAt(input, issue.path) === undefined) {
    return { field, message: `${field} is required${hint ? `: ${hint}` : ""}.` }
  }
  return { field, message: `${field} must be ${hint ?? "valid"}.` }
}

export type CardCheck = { ok: true; card: TokenizedCard } | { ok: false; field: string; message: string }

/** Shape check, then the processor's checks: one answer for the API edge and the provider. */
export function checkAndTokenize(input: unknown, prefix: string, now: Date = new Date()): CardCheck {
  const parsed = RawCardSchema.safeParse(input)
  if (!parsed.success) {
    return { ok: false, ...describeCardIssue(parsed.error.issues[0], input, prefix) }
  }
  const { number, exp_month, exp_year, cvc } = parsed.data
  const result = tokenizeCard({ number, exp_month, exp_year, cvc }, now)
  return result.ok ? result : { ok: false, field: `${prefix}.${result.field}`, message: result.message }
}
