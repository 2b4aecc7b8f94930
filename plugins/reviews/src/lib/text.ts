import { z } from "@medusajs/framework/zod"
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from "../modules/reviews/models/review"

// Control characters other than tab, line feed and carriage return are never
// part of plain text (and NUL is refused by PostgreSQL text columns).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** A review's title: one line of plain text, 1–120 characters after trimming. */
export const ReviewTitle = z
  .string({ error: "title must be a text" })
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "title must not be empty")
      .max(MAX_TITLE_LENGTH, `title must be at most ${MAX_TITLE_LENGTH} characters`)
      .refine((value) => !/[\r\n]/.test(value) && !CONTROL_CHARACTERS.test(value), "title must be one line of plain text")
  )

/** A review's text or the merchant's reply: plain text up to 2000 characters, line breaks kept (as \n). */
export const ReviewBody = (options: { allowEmpty: boolean; field: string }) =>
  z
    .string({ error: `${options.field} must be a text` })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(options.allowEmpty ? 0 : 1, `${options.field} must not be empty`)
        .max(MAX_BODY_LENGTH, `${options.field} must be at most ${MAX_BODY_LENGTH} characters`)
        .refine((value) => !CONTROL_CHARACTERS.test(value), `${options.field} must be plain text without control characters`)
    )

/** A star rating: a whole number from 1 to 5 (a JSON number, not "5"). */
export const Rating = z
  .number({ error: "rating must be a whole number from 1 to 5" })
  .int("rating must be a whole number from 1 to 5")
  .min(1, "rating must be at least 1")
  .max(5, "rating must be at most 5")
