import { z } from "@medusajs/framework/zod"

export const MAX_MESSAGE_LENGTH = 10_000
export const MAX_SUBJECT_LENGTH = 200

// Control characters other than tab, line feed and carriage return: never part
// of a plain-text message (and NUL is refused by PostgreSQL text columns).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** A message: plain text, 1–10 000 characters after trimming, line breaks kept (as \n). */
export const MessageText = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "must not be empty")
      .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`)
      .refine((value) => !CONTROL_CHARACTERS.test(value), "must be plain text without control characters")
  )

/** A subject: one line of plain text, 1–200 characters after trimming. */
export const SubjectText = z
  .string()
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "must not be empty")
      .max(MAX_SUBJECT_LENGTH, `must be at most ${MAX_SUBJECT_LENGTH} characters`)
      .refine((value) => !/[\r\n]/.test(value) && !CONTROL_CHARACTERS.test(value), "must be one line of plain text")
  )
