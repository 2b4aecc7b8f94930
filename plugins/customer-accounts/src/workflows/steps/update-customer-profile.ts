import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflictMessage, usernameTaken } from "../../lib/conflicts"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../modules/customer-accounts/service"

export type ProfileChanges = {
  username?: string
  title?: string | null
  birthday?: string | null
}

export type UpdateCustomerProfileInput = { id: string } & ProfileChanges

export const updateCustomerProfileStep = createStep(
  "update-customer-profile",
  async (input: UpdateCustomerProfileInput, { container }) => {
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    const before = await accounts.retrieveCustomerProfile(input.id, {
      select: ["id", "username", "username_normalized", "title", "birthday"],
    })
    try {
      const updated = await accounts.updateCustomerProfiles({
        id: input.id,
        ...(input.username !== undefined
          ? { username: input.username, username_normalized: input.username.toLowerCase() }
          : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.birthday !== undefined ? { birthday: input.birthday } : {}),
      })
      return new StepResponse(updated, before)
    } catch (error) {
      throw conflictMessage(error) ? usernameTaken() : error
    }
  },
  async (before, { container }) => {
    if (!before) return
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    await accounts.updateCustomerProfiles({
      id: before.id,
      username: before.username,
      username_normalized: before.username_normalized,
      title: before.title,
      birthday: before.birthday,
    })
  }
)
