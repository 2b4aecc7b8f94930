import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflictMessage, emailRegistered } from "../../lib/conflicts"

export type CreatePasswordIdentityInput = {
  email: string
  /** scrypt hash in @medusajs/auth-emailpass's format (see lib/passwords) */
  password_hash: string
}

/**
 * Creates the email/password auth identity Medusa's emailpass provider
 * verifies, so the credentials work on /auth/customer/emailpass as well.
 */
export const createPasswordIdentityStep = createStep(
  "create-password-identity",
  async (input: CreatePasswordIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    try {
      const identity = await auth.createAuthIdentities({
        provider_identities: [
          { provider: "emailpass", entity_id: input.email, provider_metadata: { password: input.password_hash } },
        ],
      })
      return new StepResponse({ id: identity.id }, identity.id)
    } catch (error) {
      // Another registration took the email between the check and here.
      throw conflictMessage(error) ? emailRegistered() : error
    }
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
