import type { MedusaResponse } from "@medusajs/framework/http"
import { sendError } from "@shop/api-v1/lib/errors"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import type { ValidatedRequest } from "@shop/api-v1/lib/validate"
import { clientIp, startCustomerSession } from "../../../../../lib/auth-session"
import { logInCustomer } from "../../../../../lib/login"
import { sendThrottled } from "../../../../../lib/respond"
import { CUSTOMER_ID_EXAMPLE, INVALID_INPUT_EXAMPLE, RETRY_AFTER_HEADER, TOO_MANY_EXAMPLE } from "../examples"
import type { ApiV1CustomerLoginType } from "../validators"
import { ApiV1CustomerLogin, ApiV1Error, ApiV1LoginResponse } from "../validators"

const INVALID_CREDENTIALS = "Invalid credentials"

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/login/",
  summary: "Log in with username or email",
  description:
    "`login` is a username or an email (any case); `username` or `email` may be sent instead. " +
    "Answers a JWT for `Authorization: Bearer` and sets Medusa's httpOnly session cookie. " +
    "Unknown logins and wrong passwords get the same 401 in about the same time. Attempts are counted before " +
    "the password is checked: 10 per account and client IP in 15 minutes, 100 per account and 100 per client IP " +
    "in 24 hours; past a limit, 429 with Retry-After (even for the right password). A successful login gives its attempt back.",
  tags: ["customer"],
  body: ApiV1CustomerLogin,
  bodyExamples: {
    username: { summary: "by username", value: { login: "maxm", password: "maxpw2024!" } },
    email: { summary: "by email", value: { email: "max.mustermann@email.com", password: "maxpw2024!" } },
  },
  responses: {
    200: {
      description: "Logged in; the response also sets the session cookie",
      schema: ApiV1LoginResponse,
      example: {
        token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY3Rvcl9pZCI6ImN1c18wMSJ9.c2lnbmF0dXJl",
        customer: { id: CUSTOMER_ID_EXAMPLE, username: "maxm", first_name: "Max", email: "max.mustermann@email.com" },
      },
    },
    400: { description: "Malformed body", schema: ApiV1Error, example: INVALID_INPUT_EXAMPLE },
    401: { description: "Unknown login or wrong password", schema: ApiV1Error, example: { errorMessage: INVALID_CREDENTIALS } },
    429: { description: "Too many failed logins", schema: ApiV1Error, example: TOO_MANY_EXAMPLE, headers: RETRY_AFTER_HEADER },
  },
})

/** POST /api/v1/customer/login/ */
export async function POST(req: ValidatedRequest<ApiV1CustomerLoginType>, res: MedusaResponse): Promise<void> {
  const { login, password } = req.apiV1Body as ApiV1CustomerLoginType
  const outcome = await logInCustomer(req.scope, { login, password, ip: clientIp(req) })
  switch (outcome.kind) {
    case "throttled":
      return sendThrottled(res, outcome.retryAfterSeconds)
    case "invalid":
      return sendError(res, 401, INVALID_CREDENTIALS)
    case "challenge":
      // Medusa MFA or email verification: continue with Medusa's /auth routes and this token.
      res.status(403).json({ errorMessage: "Additional verification required", ...outcome.body })
      return
    case "ok":
      await startCustomerSession(req, outcome.authContext)
      res.status(200).json({ token: outcome.token, customer: outcome.customer })
  }
}
