import { dictionary } from "@zxcvbn-ts/language-common"

/**
 * The password rule of every door that sets a password (api/v1 registration
 * and password change, Medusa's admin sign-up and password reset), after
 * NIST SP 800-63B §3.1.1.2: a minimum length, no composition rules, and a
 * refusal of passwords known to be common. The list is zxcvbn-ts's
 * "passwords-common" dictionary (about 49,000 entries from leaked-password
 * corpora; "password" and "password123" are on it).
 */
export const PASSWORD_MIN_LENGTH = 10
/** Long enough for any passphrase, short enough that hashing it is cheap. */
export const PASSWORD_MAX_LENGTH = 256

export const PASSWORD_RULE = `at least ${PASSWORD_MIN_LENGTH} characters, and not a commonly used password`

const COMMON_PASSWORDS = new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()))

/** What is wrong with a new password, in words for the person typing it; null when it is fine. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "is too common: choose one that is harder to guess"
  return null
}
