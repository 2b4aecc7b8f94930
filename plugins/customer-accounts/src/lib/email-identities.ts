import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "./like"

export type EmailpassIdentity = { id: string; entity_id: string; auth_identity_id: string }

/**
 * The emailpass provider identities of an email in any letter case. We store
 * emails lower-cased; Medusa's own sign-up keeps them as typed, and its
 * provider looks them up case-sensitively.
 */
export async function findEmailpassIdentities(container: MedusaContainer, email: string): Promise<EmailpassIdentity[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "provider_identity",
    fields: ["id", "entity_id", "auth_identity_id"],
    filters: { provider: "emailpass", entity_id: { $ilike: escapeLike(email) } },
    pagination: { take: 5, skip: 0 },
  })
  return data as EmailpassIdentity[]
}
