import { Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { emailRegistered, usernameTaken } from "../../lib/conflicts"
import { findEmailpassIdentities } from "../../lib/email-identities"
import { escapeLike } from "../../lib/like"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../modules/customer-accounts/service"

export type EnsureRegistrationAvailableInput = { username: string; email: string }

/**
 * Answers 409 early for a username or email that is already registered,
 * compared case-insensitively. The unique indexes stay the final word when
 * two registrations race past this check.
 */
export const ensureRegistrationAvailableStep = createStep(
  "ensure-registration-available",
  async (input: EnsureRegistrationAvailableInput, { container }) => {
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    const profiles = await accounts.listCustomerProfiles(
      { username_normalized: input.username.toLowerCase() },
      { take: 1, select: ["id"] }
    )
    if (profiles.length) {
      throw usernameTaken()
    }

    const identities = await findEmailpassIdentities(container, input.email)
    const customers = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email: { $ilike: escapeLike(input.email) }, has_account: true }, { take: 1, select: ["id"] })
    if (identities.length || customers.length) {
      throw emailRegistered()
    }
  }
)
