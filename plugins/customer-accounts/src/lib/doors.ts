import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import type CustomerAccountsModuleService from "../modules/customer-accounts/service"
import { clientIp } from "./auth-session"
import { PASSWORD_RULE, passwordProblem } from "./password-policy"

/**
 * Medusa's own auth routes (/auth/{customer,user}/emailpass…, /store/customers)
 * held to the rules of api/v1: the same throttle, the same password policy.
 * Registered as route middlewares in src/api/middlewares.ts, in front of
 * Medusa's handlers; Medusa itself is not changed.
 */

/** The throttle key of an emailpass account: one counter whichever door or actor type names it. */
export function accountThrottleKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`
}

type BodyWith<K extends string> = Partial<Record<K, unknown>>

function bodyOf<K extends string>(req: MedusaRequest): BodyWith<K> {
  const body: unknown = req.body
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as BodyWith<K>) : {}
}

function accounts(req: MedusaRequest): CustomerAccountsModuleService {
  return req.scope.resolve(CUSTOMER_ACCOUNTS_MODULE)
}

/** Medusa's error shape ({type, message}), which its own clients (js-sdk, admin) read. */
function refuse(res: MedusaResponse, status: number, type: string, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(status).json({ type, message })
}

function tooMany(res: MedusaResponse, retryAfterSeconds: number): void {
  refuse(res, 429, "not_allowed", `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, retryAfterSeconds)
}

/**
 * POST /auth/{customer,user}/emailpass: counted before Medusa verifies the
 * password, on the same counters as /api/v1/customer/login/; a 200 gives the
 * points back like a successful api/v1 login.
 */
export async function throttleEmailpassLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const { email } = bodyOf<"email">(req)
  // Without a string email Medusa refuses the request without verifying anything.
  if (typeof email !== "string") return next()
  const key = accountThrottleKey(email)
  const ip = clientIp(req)
  const service = accounts(req)
  const verdict = await service.beginLoginAttempt(key, ip)
  if (!verdict.allowed) return tooMany(res, verdict.retryAfterSeconds)
  res.on("finish", () => {
    if (res.statusCode === 200) {
      service.loginSucceeded(key, ip).catch(() => undefined)
    }
  })
  next()
}

/**
 * POST /auth/{customer,user}/emailpass/reset-password: each request mails a
 * reset link, so it is counted per client and per address before Medusa runs.
 * Medusa answers 201 whether the address exists or not; so does the 429.
 */
export async function throttlePasswordResetRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const { identifier } = bodyOf<"identifier">(req)
  if (typeof identifier !== "string") return next()
  const verdict = await accounts(req).consumePasswordResetRequest(accountThrottleKey(identifier), clientIp(req))
  if (!verdict.allowed) return tooMany(res, verdict.retryAfterSeconds)
  next()
}

/** Admin sign-up (POST /auth/user/emailpass/register, used by invitations): counted per client like api/v1 registration. */
export async function throttleRegistration(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const verdict = await accounts(req).consumeRegistrationAttempt(clientIp(req))
  if (!verdict.allowed) return tooMany(res, verdict.retryAfterSeconds)
  next()
}

/** A password Medusa is about to store (admin sign-up, password reset) must pass lib/password-policy.ts. */
export function requirePasswordPolicy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const { password } = bodyOf<"password">(req)
  if (typeof password === "string") {
    const problem = passwordProblem(password)
    if (problem) return refuse(res, 400, "invalid_data", `password ${problem} (${PASSWORD_RULE})`)
  }
  next()
}

export const CUSTOMER_SIGN_UP_MOVED =
  "Customer accounts are created with POST /api/v1/customer/registration/ (username, names, email, address, phone and a password of " +
  PASSWORD_RULE +
  ")."

/**
 * POST /auth/customer/emailpass/register and POST /store/customers are
 * closed: they would create customers without a username, address or
 * password rule, and the first one tells anyone whether an email is
 * registered. The storefront registers through api/v1. Every caller gets
 * the same answer, whatever the email.
 */
export function closedCustomerSignUp(_req: MedusaRequest, res: MedusaResponse): void {
  refuse(res, 403, "not_allowed", CUSTOMER_SIGN_UP_MOVED)
}
