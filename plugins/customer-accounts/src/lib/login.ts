import type { AuthContext } from "@medusajs/framework/http"
import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import type CustomerAccountsModuleService from "../modules/customer-accounts/service"
import { accountThrottleKey } from "./doors"
import { findEmailpassIdentities } from "./email-identities"
import { emailpassHashConfig, verifyAgainstDummy } from "./passwords"

export type LoginCustomer = { id: string; username: string | null; first_name: string | null; email: string }

export type LoginOutcome =
  | { kind: "ok"; token: string; customer: LoginCustomer; authContext: AuthContext }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfterSeconds: number }
  /** the identity needs a second step first (Medusa MFA or email verification) */
  | { kind: "challenge"; body: Record<string, unknown> }

type ProfileWithCustomer = { customer?: { email?: string | null } | null }

/** A username → the email of its customer; an email → itself (lower-cased). */
async function emailForLogin(container: MedusaContainer, login: string): Promise<string | null> {
  const normalized = login.trim().toLowerCase()
  if (normalized.includes("@")) {
    return normalized
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_profile",
    fields: ["id", "customer.email"],
    filters: { username_normalized: normalized },
  })
  const email = (data[0] as ProfileWithCustomer | undefined)?.customer?.email
  return email ? email.toLowerCase() : null
}

/**
 * The emailpass identity's entity id for an email, whatever its case: we
 * store emails lower-cased, Medusa's own sign-up keeps them as typed.
 */
async function identityEntityId(container: MedusaContainer, email: string): Promise<string | null> {
  const identities = await findEmailpassIdentities(container, email)
  if (!identities.length) return null
  return (identities.find((identity) => identity.entity_id === email) ?? identities[0]).entity_id
}

/**
 * POST /api/v1/customer/login: a username or an email and a password. Every
 * failure looks and takes the same: an unknown login still costs one scrypt
 * verification (with the configured cost) before the same "invalid" outcome.
 */
export async function logInCustomer(
  container: MedusaContainer,
  { login, password, ip }: { login: string; password: string; ip: string }
): Promise<LoginOutcome> {
  const accounts: CustomerAccountsModuleService = container.resolve(CUSTOMER_ACCOUNTS_MODULE)
  const email = await emailForLogin(container, login)
  const entityId = email ? await identityEntityId(container, email) : null
  // Count attempts per account, whichever name it was addressed by; the
  // same key as Medusa's own /auth/*/emailpass routes (lib/doors.ts).
  const throttleKey = entityId ? accountThrottleKey(entityId) : `login:${login.trim().toLowerCase()}`

  const verdict = await accounts.beginLoginAttempt(throttleKey, ip)
  if (!verdict.allowed) {
    return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds }
  }

  // Already counted: a failure only has to answer.
  const fail = async (): Promise<LoginOutcome> => ({ kind: "invalid" })

  if (!entityId) {
    await verifyAgainstDummy(password, emailpassHashConfig(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)))
    return fail()
  }

  const { success, authIdentity } = await container
    .resolve(Modules.AUTH)
    .authenticate("emailpass", { body: { email: entityId, password } })
  const customerId = authIdentity?.app_metadata?.customer_id
  if (!success || !authIdentity || typeof customerId !== "string") {
    return fail()
  }

  const customer = await readLoginCustomer(container, customerId)
  if (!customer) {
    return fail()
  }

  const result = await generateJwtTokenWithChecks(container, {
    authIdentity: authIdentity as AuthIdentityDTO,
    actorType: "customer",
    authProvider: "emailpass",
  })
  await accounts.loginSucceeded(throttleKey, ip)
  if (result.mfa_required || result.verification_required) {
    return { kind: "challenge", body: { ...result } }
  }
  // The session holds what Medusa's POST /auth/session stores: the token's claims.
  return { kind: "ok", token: result.token, customer, authContext: claimsOf(result.token) }
}

async function readLoginCustomer(container: MedusaContainer, customerId: string): Promise<LoginCustomer | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "customer_profile.username"],
    filters: { id: customerId },
  })
  const row = data[0] as
    | { id: string; email: string | null; first_name: string | null; customer_profile?: { username: string } | null }
    | undefined
  if (!row) return null
  return { id: row.id, username: row.customer_profile?.username ?? null, first_name: row.first_name, email: row.email ?? "" }
}

/** The claims of a token we have just signed ourselves. */
function claimsOf(token: string): AuthContext {
  const payload = token.split(".")[1] ?? ""
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as AuthContext
}
