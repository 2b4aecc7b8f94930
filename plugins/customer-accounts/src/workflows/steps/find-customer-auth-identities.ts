import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The auth identities that log in as this customer: the emailpass identity of
 * the customer's email and any identity (e.g. the one of the current token)
 * whose app_metadata points at the customer.
 */
export const findCustomerAuthIdentitiesStep = createStep(
  "find-customer-auth-identities",
  async (input: { customer_id: string; email: string; known_auth_identity_ids: string[] }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const providerIdentities = await auth.listProviderIdentities(
      { entity_id: input.email },
      { select: ["id", "auth_identity_id"] }
    )
    const candidateIds = [
      ...new Set([
        ...input.known_auth_identity_ids,
        ...providerIdentities.map((p) => p.auth_identity_id).filter((id): id is string => !!id),
      ]),
    ]
    if (!candidateIds.length) return new StepResponse([] as string[])
    const identities = await auth.listAuthIdentities({ id: candidateIds }, { select: ["id", "app_metadata"] })
    return new StepResponse(
      identities.filter((identity) => identity.app_metadata?.customer_id === input.customer_id).map((identity) => identity.id)
    )
  }
)
