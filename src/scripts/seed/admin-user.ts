import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

export const DEFAULT_ADMIN_EMAIL = "admin@shop.test"
export const DEFAULT_ADMIN_PASSWORD = "shop-admin-2026"

/**
 * The merchant's first admin account (ADMIN_EMAIL / ADMIN_PASSWORD). An
 * existing account is left alone, so a changed password is never reset.
 */
export async function seedAdminUser(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = (process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL).trim().toLowerCase()
  const password = process.env.ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD

  const userModule = container.resolve(Modules.USER)
  const [existing] = await userModule.listUsers({ email }, { take: 1 })
  if (existing) {
    return
  }

  const authModule = container.resolve(Modules.AUTH)
  const identities = await authModule.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  let authIdentityId = identities[0]?.auth_identity_id
  if (!authIdentityId) {
    const { success, authIdentity, error } = await authModule.register("emailpass", {
      body: { email, password },
    })
    if (!success || !authIdentity) {
      throw new Error(`Could not create the admin identity for ${email}: ${error}`)
    }
    authIdentityId = authIdentity.id
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId, userData: { email, first_name: "Shop", last_name: "Admin" } },
  })
  logger.info(`Created admin user ${email}`)
}
