import type { AuthContext, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import type CustomerAccountsModuleService from "../modules/customer-accounts/service"

/**
 * Sessions and tokens that end: Medusa's bearer tokens are JWTs valid for a
 * day and its sessions know nothing of password changes, so this plugin keeps
 * a server-side revocation list (module table customer_accounts_revocation)
 * and checks every credential against it on every authenticated route.
 */

type Claims = { auth_identity_id?: string; iat?: number; exp?: number; entity_id?: string; actor_type?: string }

type SessionWithAuth = {
  auth_context?: AuthContext & { iat?: number }
  save(callback: (error?: unknown) => void): void
  destroy(callback: (error?: unknown) => void): void
}

type RequestWithAuth = MedusaRequest & { auth_context?: AuthContext }

function accounts(req: MedusaRequest): CustomerAccountsModuleService {
  return req.scope.resolve(CUSTOMER_ACCOUNTS_MODULE)
}

function sessionOf(req: MedusaRequest): SessionWithAuth | undefined {
  return req.session as SessionWithAuth | undefined
}

export function bearerTokenOf(req: MedusaRequest): string | undefined {
  const header = req.headers.authorization
  if (typeof header !== "string") return undefined
  const [scheme, token] = header.split(" ")
  return scheme?.toLowerCase() === "bearer" && token ? token : undefined
}

/**
 * A JWT's claims, read without checking the signature: only to look the
 * token up in the revocation list. Whether it is genuine is Medusa's
 * authenticate()'s to decide; a forged token can at most get itself refused.
 */
export function claimsOfToken(token: string): Claims | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return typeof payload === "object" && payload !== null ? (payload as Claims) : undefined
  } catch {
    return undefined
  }
}

/** The second from which credentials count as new: the next whole one, so nothing issued before now can reach it. */
function nextSecond(): number {
  return Math.floor(Date.now() / 1000) + 1
}

function waitUntilSecond(second: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, second * 1000 - Date.now())))
}

/**
 * Global middleware for /store, /admin, /api/v1 and /auth/session: a request
 * carrying a revoked token or session is treated like one with an expired
 * token. Medusa has already authenticated /admin (where every route needs
 * an admin), so there it answers 401; elsewhere the credential is removed
 * before the routes' own authenticate() runs, which then answers 401 where a
 * login is needed and serves the request anonymously where none is.
 */
export async function refuseRevokedCredentials(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const token = bearerTokenOf(req)
  const session = sessionOf(req)
  const sessionContext = session?.auth_context
  if (!token && !sessionContext?.auth_identity_id) return next()
  const service = accounts(req)

  const claims = token ? claimsOfToken(token) : undefined
  const tokenRevoked = claims
    ? await service.isCredentialRevoked({ token, auth_identity_id: claims.auth_identity_id, iat: claims.iat })
    : false
  const sessionRevoked = sessionContext?.auth_identity_id
    ? await service.isCredentialRevoked({ auth_identity_id: sessionContext.auth_identity_id, iat: sessionContext.iat })
    : false
  if (!tokenRevoked && !sessionRevoked) return next()

  if (sessionRevoked && session) {
    await new Promise<void>((resolve) => session.destroy(() => resolve()))
  }
  if (req.baseUrl.startsWith("/admin") || req.originalUrl.startsWith("/admin")) {
    res.status(401).json({ type: "unauthorized", message: "Unauthorized" })
    return
  }
  if (tokenRevoked) delete req.headers.authorization
  ;(req as RequestWithAuth).auth_context = undefined
  next()
}

/**
 * Logout: the bearer token that came with it (checked by Medusa's
 * authenticate() before) is refused from now until it would have expired.
 */
export async function revokePresentedToken(req: MedusaRequest): Promise<void> {
  const token = bearerTokenOf(req)
  const context = (req as RequestWithAuth).auth_context
  if (!token || !context?.auth_identity_id) return
  const claims = claimsOfToken(token)
  if (claims?.auth_identity_id !== context.auth_identity_id) return
  const expiresAtMs = typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + 24 * 60 * 60 * 1000
  await accounts(req).revokeToken(token, expiresAtMs)
}

const optionalBearer = authenticate("*", ["bearer"], { allowUnauthenticated: true, allowUnregistered: true, requireMfa: false })

/**
 * DELETE /auth/session (the admin's and Medusa's customer logout): a bearer
 * token sent with it is revoked too. A global middleware, so it runs before
 * Medusa's own route middleware, which only looks at the session and answers
 * 401 to a request without one.
 */
export function revokeTokenOnSessionDelete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (req.method !== "DELETE" || !bearerTokenOf(req)) return next()
  // Medusa's authenticate() checks the token's signature and sets auth_context when it is genuine.
  optionalBearer(req, res, (error?: unknown) => {
    if (error) return next(error)
    revokePresentedToken(req).then(
      () => {
        ;(req as RequestWithAuth).auth_context = undefined
        next()
      },
      (failure: unknown) => next(failure)
    )
  })
}

/**
 * A password change (or an erasure): every token and session of the identity
 * issued until now ends, except the credential of this request, which goes
 * on working. Answers only once the next second has begun, so a token issued
 * after the change (its `iat` counts whole seconds) is never taken for an old one.
 */
export async function endOtherCredentials(req: MedusaRequest, authIdentityId: string, options: { keepCurrent: boolean }): Promise<void> {
  const notBefore = nextSecond()
  const token = options.keepCurrent ? bearerTokenOf(req) : undefined
  await accounts(req).revokeIdentityCredentials(authIdentityId, notBefore, token)
  const session = sessionOf(req)
  if (options.keepCurrent && session?.auth_context?.auth_identity_id === authIdentityId) {
    // The session of the change itself is re-issued as of the cut-off.
    session.auth_context = { ...session.auth_context, iat: notBefore }
    await new Promise<void>((resolve, reject) => session.save((error) => (error ? reject(error) : resolve())))
  }
  await waitUntilSecond(notBefore)
}

/**
 * POST /auth/{customer,user}/emailpass/update (Medusa's password reset, also
 * the admin's way to change a password): once Medusa has stored the new
 * password, every earlier token and session of that identity ends. The
 * answer waits for the revocation, so the client never holds a new password
 * while old sessions still work.
 */
export function endCredentialsAfterPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const token = bearerTokenOf(req)
  const claims = token ? claimsOfToken(token) : undefined
  const entityId = claims?.entity_id
  if (!entityId) return next()
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode !== 200) return json(body)
    identityIdOfEntity(req, entityId)
      .then(async (authIdentityId) => {
        if (authIdentityId) await endOtherCredentials(req, authIdentityId, { keepCurrent: false })
      })
      .then(
        () => json(body),
        (error: unknown) => next(error)
      )
    return res
  }
  next()
}

async function identityIdOfEntity(req: MedusaRequest, entityId: string): Promise<string | undefined> {
  const [identity] = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ entity_id: entityId, provider: "emailpass" }, { select: ["auth_identity_id"] })
  return identity?.auth_identity_id
}
