import { z } from "@medusajs/framework/zod"
import { passwordProblem } from "./password-policy"

/**
 * The field rules of the api/v1 contract (see /work/shared/api-contract.md),
 * shared by registration, profile edit and the admin profile form.
 */

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,30}$/
const PHONE_PATTERN = /^\+?[0-9 ()-]+$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
// C0/C1 control characters (newlines, tabs, escapes) have no place in a name or an address line.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/

function typeError(issue: { input?: unknown }): string {
  if (issue.input === undefined) return "is required"
  if (issue.input === null) return "must not be null"
  return `must be a string, not ${Array.isArray(issue.input) ? "an array" : typeof issue.input}`
}

/** A string field; `error` turns zod's type messages into the contract's plain ones. */
const text = () => z.string({ error: typeError })

/** Length in characters as people count them (code points, not UTF-16 units). */
const length = (value: string) => [...value].length

export const username = text().regex(USERNAME_PATTERN, "must be 3–30 characters: letters a–z, digits, '.', '_' or '-'")

export const personName = text()
  .trim()
  .refine((value) => length(value) >= 1, "must not be empty")
  .refine((value) => length(value) <= 100, "must be at most 100 characters")
  .refine((value) => !CONTROL_CHARACTERS.test(value), "must not contain control characters")

/** A new password (lib/password-policy.ts); a current password is only checked for being given. */
export const password = text().superRefine((value, ctx) => {
  const problem = passwordProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
})

export const email = text()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be a valid email address" }))

export const addressLine = text()
  .trim()
  .refine((value) => length(value) >= 5, "must be at least 5 characters")
  .refine((value) => length(value) <= 200, "must be at most 200 characters")
  .refine((value) => !CONTROL_CHARACTERS.test(value), "must be one line")

export const phone = text()
  .trim()
  .regex(PHONE_PATTERN, "may contain only digits, a leading '+', spaces, '-', '(' and ')'")
  .refine((value) => {
    const digits = value.replace(/\D/g, "").length
    return digits >= 6 && digits <= 20
  }, "must have 6–20 digits")

/** Optional: "" means no title. */
export const title = text()
  .trim()
  .refine((value) => length(value) <= 20, "must be at most 20 characters")
  .refine((value) => !CONTROL_CHARACTERS.test(value), "must not contain control characters")
  .transform((value): string | null => value || null)

/** Optional: "" means no birthday. */
export const birthday = text()
  .trim()
  .refine((value) => value === "" || isRealPastDate(value), "must be a real date YYYY-MM-DD, not in the future")
  .transform((value): string | null => value || null)

/** "YYYY-MM-DD", a date that exists, and not after today anywhere on earth. */
export function isRealPastDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return false
  }
  // The most advanced time zone is UTC+14: a birthday "today" there is not in the future.
  const latestToday = new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10)
  return value <= latestToday
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * Accepts a field as a plain value or as the specification's descriptor
 * `{"type": "str", "value": ..., "required": true}` and yields the value.
 * The union documents both forms in the OpenAPI schema; the custom error
 * reports the rule of the form the client used instead of zod's generic
 * "invalid union".
 */
export function field<T extends z.ZodType>(inner: T) {
  const descriptor = z.object({
    type: z.string().optional(),
    value: inner,
    required: z.boolean().optional(),
  })
  return z
    .union([inner, descriptor], {
      error: (issue) => {
        if (issue.code !== "invalid_union") return undefined
        const branch = isObject(issue.input) && "value" in issue.input ? issue.errors[1] : issue.errors[0]
        return branch?.[0]?.message
      },
    })
    .transform((value): z.output<T> => (isObject(value) && "value" in value ? (value.value as z.output<T>) : (value as z.output<T>)))
}

/**
 * An optional field: absent (undefined), null and "" all mean "not given";
 * when editing, null and "" clear the field.
 */
export function optionalField<T extends z.ZodType<string | null, string>>(inner: T) {
  return field(inner.nullable()).optional()
}
