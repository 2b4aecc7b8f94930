import { MedusaError } from "@medusajs/framework/utils"

export const USERNAME_TAKEN = "Username already taken"
export const EMAIL_REGISTERED = "Email already registered"

export function usernameTaken(): MedusaError {
  return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, USERNAME_TAKEN)
}

export function emailRegistered(): MedusaError {
  return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, EMAIL_REGISTERED)
}

/**
 * Which contract 409 an error from the registration or profile workflows
 * means, if any. Our own steps throw the two messages above; Medusa's steps
 * and unique indexes word a lost race on the email their own way.
 */
export function conflictMessage(error: unknown): typeof USERNAME_TAKEN | typeof EMAIL_REGISTERED | null {
  const message = error instanceof Error ? error.message : typeof error === "object" && error && "message" in error ? String(error.message) : ""
  if (message === USERNAME_TAKEN || /username_normalized.*already exists/i.test(message)) {
    return USERNAME_TAKEN
  }
  if (
    message === EMAIL_REGISTERED ||
    /customer with this email already has an account/i.test(message) ||
    /^(customer with email|provider identity with entity_id).*already exists/i.test(message)
  ) {
    return EMAIL_REGISTERED
  }
  return null
}
