import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflictMessage, usernameTaken } from "../../lib/conflicts"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../modules/customer-accounts/service"

export type CreateCustomerProfileInput = {
  username: string
  title: string | null
  birthday: string | null
}

export const createCustomerProfileStep = createStep(
  "create-customer-profile",
  async (input: CreateCustomerProfileInput, { container }) => {
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    try {
      const profile = await accounts.createCustomerProfiles({
        username: input.username,
        username_normalized: input.username.toLowerCase(),
        title: input.title,
        birthday: input.birthday,
      })
      return new StepResponse(profile, profile.id)
    } catch (error) {
      // The unique index on the lower-cased username decided a race.
      throw conflictMessage(error) ? usernameTaken() : error
    }
  },
  async (profileId, { container }) => {
    if (!profileId) return
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    await accounts.deleteCustomerProfiles([profileId])
  }
)
