import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { sendError, sendInvalidInput } from "@shop/api-v1/lib/errors"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import type { ValidatedRequest } from "@shop/api-v1/lib/validate"
import { authIdentityIdOf, clientIp, customerIdOf } from "../../../../../../lib/auth-session"
import { accountThrottleKey } from "../../../../../../lib/doors"
import { endOtherCredentials } from "../../../../../../lib/revocation"
import { sendThrottled, sendUnexpected } from "../../../../../../lib/respond"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../../../../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../../../../../modules/customer-accounts/service"
import { RETRY_AFTER_HEADER, TOO_MANY_EXAMPLE, UNAUTHORIZED_EXAMPLE } from "../../examples"
import type { ApiV1CustomerPasswordChangeType } from "../../validators"
import { ApiV1CustomerPasswordChange, ApiV1Error } from "../../validators"

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/me/password/",
  summary: "Change the logged-in customer's password",
  description:
    "Needs the current password (wrong guesses count towards the login limit). Ends every other session and " +
    "token of the account; the one that made the change goes on working. A forgotten password goes " +
    "through Medusa's reset flow: POST /auth/customer/emailpass/reset-password, then /auth/customer/emailpass/update.",
  tags: ["customer"],
  auth: "customer",
  body: ApiV1CustomerPasswordChange,
  bodyExamples: { change: { value: { current_password: "maxpw2024!", new_password: "a-longer-secret-2025" } } },
  responses: {
    200: { description: "Changed", schema: z.object({ success: z.boolean() }), example: { success: true } },
    400: {
      description: "Invalid input, or the current password is wrong",
      schema: ApiV1Error,
      example: { errorMessage: "Invalid Input", errors: [{ field: "current_password", message: "is not correct" }] },
    },
    401: { description: "Not logged in as a customer", schema: ApiV1Error, example: UNAUTHORIZED_EXAMPLE },
    429: { description: "Too many wrong passwords", schema: ApiV1Error, example: TOO_MANY_EXAMPLE, headers: RETRY_AFTER_HEADER },
  },
})

/** POST /api/v1/customer/me/password/ */
export async function POST(req: ValidatedRequest<ApiV1CustomerPasswordChangeType>, res: MedusaResponse): Promise<void> {
  const body = req.apiV1Body as ApiV1CustomerPasswordChangeType
  const auth = req.scope.resolve(Modules.AUTH)
  const accounts: CustomerAccountsModuleService = req.scope.resolve(CUSTOMER_ACCOUNTS_MODULE)
  const customerId = customerIdOf(req)

  const identityId = authIdentityIdOf(req)
  const identity = identityId
    ? await auth.retrieveAuthIdentity(identityId, { relations: ["provider_identities"] }).catch(() => null)
    : null
  const emailpass = identity?.provider_identities?.find((p) => p.provider === "emailpass")
  if (!identity || identity.app_metadata?.customer_id !== customerId || !emailpass) {
    return sendError(res, 401, "Unauthorized")
  }

  const throttleKey = accountThrottleKey(emailpass.entity_id)
  const ip = clientIp(req)
  const verdict = await accounts.beginLoginAttempt(throttleKey, ip)
  if (!verdict.allowed) {
    return sendThrottled(res, verdict.retryAfterSeconds)
  }
  const check = await auth.authenticate("emailpass", { body: { email: emailpass.entity_id, password: body.current_password } })
  if (!check.success) {
    return sendInvalidInput(res, [{ field: "current_password", message: "is not correct" }])
  }
  const updated = await auth.updateProvider("emailpass", { entity_id: emailpass.entity_id, password: body.new_password })
  if (!updated.success) {
    return sendUnexpected(req, res, new Error(updated.error ?? "updateProvider failed"), "password change")
  }
  await accounts.loginSucceeded(throttleKey, ip)
  // Every other session and token of the account ends; this one goes on.
  await endOtherCredentials(req, identity.id, { keepCurrent: true })
  req.scope.resolve(ContainerRegistrationKeys.LOGGER).info(`customer-accounts: customer ${customerId} changed their password`)
  res.json({ success: true })
}
