import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { sendError, sendInvalidInput } from "@shop/api-v1/lib/errors"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import type { ValidatedRequest } from "@shop/api-v1/lib/validate"
import { parseAddressLine } from "../../../../../lib/address-line"
import { authIdentityIdOf, customerIdOf, endCustomerSession } from "../../../../../lib/auth-session"
import { conflictMessage } from "../../../../../lib/conflicts"
import { readCustomerAccount, toProfileView } from "../../../../../lib/customer-account"
import { sendUnexpected } from "../../../../../lib/respond"
import { CUSTOMER_ACCOUNTS_MODULE } from "../../../../../modules/customer-accounts"
import type CustomerAccountsModuleService from "../../../../../modules/customer-accounts/service"
import { eraseCustomerWorkflow } from "../../../../../workflows/erase-customer"
import { updateCustomerAccountWorkflow } from "../../../../../workflows/update-customer-account"
import { CUSTOMER_ID_EXAMPLE, INVALID_INPUT_EXAMPLE, PROFILE_EXAMPLE, UNAUTHORIZED_EXAMPLE } from "../examples"
import type { ApiV1CustomerUpdateType } from "../validators"
import { ApiV1CustomerProfile, ApiV1CustomerUpdate, ApiV1Error } from "../validators"

const unauthorized = { description: "Not logged in as a customer", schema: ApiV1Error, example: UNAUTHORIZED_EXAMPLE }

defineApiV1Operation({
  method: "get",
  path: "/api/v1/customer/me/",
  summary: "The logged-in customer's profile",
  tags: ["customer"],
  auth: "customer",
  responses: {
    200: { description: "The profile", schema: ApiV1CustomerProfile, example: PROFILE_EXAMPLE },
    401: unauthorized,
  },
})

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/me/",
  summary: "Edit the logged-in customer's profile",
  description:
    "Any subset of username, first_name, last_name, phone, title, birthday and address, with the " +
    "registration rules (username unique regardless of case). null or \"\" clears title and birthday. " +
    "The email is the login identity and is not changed here; the password has its own endpoint.",
  tags: ["customer"],
  auth: "customer",
  body: ApiV1CustomerUpdate,
  bodyExamples: {
    profile: { summary: "new title, birthday cleared", value: { title: "Dr.", birthday: null } },
    move: { summary: "a new address", value: { address: "Hauptstraße 5, 80331 München" } },
  },
  responses: {
    200: { description: "The updated profile", schema: ApiV1CustomerProfile, example: { ...PROFILE_EXAMPLE, title: "Dr." } },
    400: { description: "Invalid input", schema: ApiV1Error, example: INVALID_INPUT_EXAMPLE },
    401: unauthorized,
    409: { description: "Username already taken", schema: ApiV1Error, example: { errorMessage: "Username already taken" } },
  },
})

defineApiV1Operation({
  method: "delete",
  path: "/api/v1/customer/me/",
  summary: "Erase the logged-in customer's account (GDPR)",
  description:
    "Personal fields are anonymised, addresses deleted, the login identity removed (the credentials stop " +
    "working) and the username freed. Orders are kept for accounting with the email replaced and names, " +
    "street, postal code, city and phone removed from their addresses. Ends the session.",
  tags: ["customer"],
  auth: "customer",
  responses: {
    200: {
      description: "Erased",
      schema: z.object({ id: z.string(), erased: z.literal(true) }),
      example: { id: CUSTOMER_ID_EXAMPLE, erased: true },
    },
    401: unauthorized,
  },
})

/** GET /api/v1/customer/me/ */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const account = await readCustomerAccount(req.scope, customerIdOf(req))
  if (!account) {
    // A valid token whose customer was erased meanwhile.
    return sendError(res, 401, "Unauthorized")
  }
  res.json(toProfileView(account))
}

/** POST /api/v1/customer/me/ */
export async function POST(req: ValidatedRequest<ApiV1CustomerUpdateType>, res: MedusaResponse): Promise<void> {
  const body = req.apiV1Body as ApiV1CustomerUpdateType
  const customerId = customerIdOf(req)
  const account = await readCustomerAccount(req.scope, customerId)
  if (!account) {
    return sendError(res, 401, "Unauthorized")
  }
  const profileChanges = { username: body.username, title: body.title, birthday: body.birthday }
  if (!account.profile && !body.username && (body.title !== undefined || body.birthday !== undefined)) {
    return sendInvalidInput(res, [{ field: "username", message: "is required to create your profile" }])
  }
  try {
    await updateCustomerAccountWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        customer: { first_name: body.first_name, last_name: body.last_name, phone: body.phone },
        profile: profileChanges,
        address: body.address !== undefined ? parseAddressLine(body.address) : undefined,
      },
    })
  } catch (error) {
    const conflict = conflictMessage(error)
    if (conflict) {
      return sendError(res, 409, conflict)
    }
    return sendUnexpected(req, res, error, "profile update")
  }
  const updated = await readCustomerAccount(req.scope, customerId)
  res.json(updated ? toProfileView(updated) : null)
}

/** DELETE /api/v1/customer/me/ */
export async function DELETE(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const customerId = customerIdOf(req)
  const account = await readCustomerAccount(req.scope, customerId)
  if (!account) {
    return sendError(res, 401, "Unauthorized")
  }
  try {
    await eraseCustomerWorkflow(req.scope).run({
      input: { customer_id: customerId, auth_identity_id: authIdentityIdOf(req) },
    })
  } catch (error) {
    return sendUnexpected(req, res, error, "erasure")
  }
  const authIdentityId = authIdentityIdOf(req)
  if (authIdentityId) {
    // Tokens of the erased account must not outlive it (its identity is gone, but a token names only ids).
    const accounts: CustomerAccountsModuleService = req.scope.resolve(CUSTOMER_ACCOUNTS_MODULE)
    await accounts.revokeIdentityCredentials(authIdentityId, Math.floor(Date.now() / 1000) + 1)
  }
  await endCustomerSession(req, res)
  res.status(200).json({ id: customerId, erased: true })
}
