import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import type CustomerAccountsModuleService from "../modules/customer-accounts/service"
import { clientIp } from "./auth-session"
import { sendThrottled } from "./respond"

/**
 * Counts every valid registration attempt per client IP (201 and 409 alike:
 * both tell the client something) and answers 429 once the window is full.
 * Runs after validation, so malformed bodies neither count nor create anything.
 */
export async function limitRegistrations(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const accounts: CustomerAccountsModuleService = req.scope.resolve(CUSTOMER_ACCOUNTS_MODULE)
  const verdict = await accounts.consumeRegistrationAttempt(clientIp(req))
  if (!verdict.allowed) {
    return sendThrottled(res, verdict.retryAfterSeconds)
  }
  next()
}
