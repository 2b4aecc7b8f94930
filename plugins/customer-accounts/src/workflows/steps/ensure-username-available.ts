import { createStep } from "@medusajs/framework/workflows-sdk"
import { usernameTaken } from "../../lib/conflicts"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../modules/customer-accounts/service"

export type EnsureUsernameAvailableInput = {
  username: string
  /** the profile that may keep its own username (e.g. changing only its case) */
  own_profile_id: string | null
}

export const ensureUsernameAvailableStep = createStep(
  "ensure-username-available",
  async (input: EnsureUsernameAvailableInput, { container }) => {
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    const holders = await accounts.listCustomerProfiles(
      { username_normalized: input.username.toLowerCase() },
      { take: 2, select: ["id"] }
    )
    if (holders.some((profile) => profile.id !== input.own_profile_id)) {
      throw usernameTaken()
    }
  }
)
