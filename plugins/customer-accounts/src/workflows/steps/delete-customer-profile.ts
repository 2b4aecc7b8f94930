import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../modules/customer-accounts/service"

type ProfileBefore = {
  customer_id: string
  profile: { id: string; username: string; username_normalized: string; title: string | null; birthday: string | null }
}

/** Removes the profile and its link for good, which frees the username. */
export const deleteCustomerProfileStep = createStep(
  "delete-customer-profile",
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "customer_profile.id"],
      filters: { id: input.customer_id },
    })
    const profileId = (data[0] as { customer_profile?: { id: string } | null } | undefined)?.customer_profile?.id
    if (!profileId) {
      return new StepResponse(false, null as ProfileBefore | null)
    }
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    const profile = await accounts.retrieveCustomerProfile(profileId, {
      select: ["id", "username", "username_normalized", "title", "birthday"],
    })
    const before: ProfileBefore | null = { customer_id: input.customer_id, profile }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(linkOf(before))
    try {
      await accounts.deleteCustomerProfiles([profileId])
    } catch (error) {
      // A failed step is not compensated: undo our own first write.
      await link.create(linkOf(before))
      throw error
    }
    return new StepResponse(true, before)
  },
  async (before, { container }) => {
    if (!before) return
    const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
    await accounts.createCustomerProfiles(before.profile)
    await container.resolve(ContainerRegistrationKeys.LINK).create(linkOf(before))
  }
)

function linkOf(before: ProfileBefore) {
  return {
    [Modules.CUSTOMER]: { customer_id: before.customer_id },
    [CUSTOMER_ACCOUNTS_MODULE]: { customer_profile_id: before.profile.id },
  }
}
