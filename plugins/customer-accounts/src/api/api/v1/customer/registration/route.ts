import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendError } from "@shop/api-v1/lib/errors"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import type { ValidatedRequest } from "@shop/api-v1/lib/validate"
import { parseAddressLine } from "../../../../../lib/address-line"
import { conflictMessage } from "../../../../../lib/conflicts"
import { emailpassHashConfig, hashPassword } from "../../../../../lib/passwords"
import { sendUnexpected } from "../../../../../lib/respond"
import { registerCustomerWorkflow } from "../../../../../workflows/register-customer"
import {
  CUSTOMER_ID_EXAMPLE,
  INVALID_INPUT_EXAMPLE,
  REGISTRATION_DESCRIPTOR_EXAMPLE,
  REGISTRATION_EXAMPLE,
  RETRY_AFTER_HEADER,
  TOO_MANY_EXAMPLE,
} from "../examples"
import type { ApiV1CustomerRegistrationType } from "../validators"
import { ApiV1CustomerRegistration, ApiV1Error, ApiV1RegistrationCreated } from "../validators"

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/registration/",
  summary: "Register a customer",
  description:
    "Creates a Medusa customer with an email/password identity (the same credentials work on " +
    "/auth/customer/emailpass), its profile (username, title, birthday) and its default address. " +
    "Each field may be sent flat or as the specification's descriptor {type, value, required}. " +
    "Usernames and emails are unique regardless of case; emails are stored lower-cased. " +
    "At most 20 registrations per client IP and hour (429 with Retry-After).",
  tags: ["customer"],
  body: ApiV1CustomerRegistration,
  bodyExamples: {
    flat: { summary: "flat form", value: REGISTRATION_EXAMPLE },
    descriptor: { summary: "the specification's descriptor form", value: REGISTRATION_DESCRIPTOR_EXAMPLE },
  },
  responses: {
    201: {
      description: "Created",
      schema: ApiV1RegistrationCreated,
      example: { id: CUSTOMER_ID_EXAMPLE, username: "maxm", first_name: "Max", email: "max.mustermann@email.com" },
    },
    400: { description: "Invalid input (including a body that is not JSON)", schema: ApiV1Error, example: INVALID_INPUT_EXAMPLE },
    409: { description: "Username or email already registered", schema: ApiV1Error, example: { errorMessage: "Username already taken" } },
    429: { description: "Too many registrations from this client", schema: ApiV1Error, example: TOO_MANY_EXAMPLE, headers: RETRY_AFTER_HEADER },
  },
})

/** POST /api/v1/customer/registration/ */
export async function POST(req: ValidatedRequest<ApiV1CustomerRegistrationType>, res: MedusaResponse): Promise<void> {
  const body = req.apiV1Body as ApiV1CustomerRegistrationType
  const hashConfig = emailpassHashConfig(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  try {
    const { result } = await registerCustomerWorkflow(req.scope).run({
      input: {
        username: body.username,
        email: body.email,
        password_hash: await hashPassword(body.password, hashConfig),
        first_name: body.first_name,
        last_name: body.last_name,
        phone: body.phone,
        title: body.title ?? null,
        birthday: body.birthday ?? null,
        address: parseAddressLine(body.address),
      },
    })
    res.status(201).json({ id: result.id, username: result.username, first_name: result.first_name, email: result.email })
  } catch (error) {
    const conflict = conflictMessage(error)
    if (conflict) {
      return sendError(res, 409, conflict)
    }
    sendUnexpected(req, res, error, "registration")
  }
}
