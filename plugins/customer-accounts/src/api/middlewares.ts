import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { jsonBody } from "@shop/api-v1/lib/json-body"
import { validateBody } from "@shop/api-v1/lib/validate"
import { authenticateCustomer } from "../lib/auth-session"
import {
  closedCustomerSignUp,
  requirePasswordPolicy,
  throttleEmailpassLogin,
  throttlePasswordResetRequest,
  throttleRegistration,
} from "../lib/doors"
import { limitRegistrations } from "../lib/limit-registrations"
import { endCredentialsAfterPasswordReset, refuseRevokedCredentials, revokeTokenOnSessionDelete } from "../lib/revocation"
import { AdminSearchCustomerProfiles, AdminUpdateCustomerProfile } from "./admin/customer-accounts/validators"
import {
  ApiV1CustomerLogin,
  ApiV1CustomerPasswordChange,
  ApiV1CustomerRegistration,
  ApiV1CustomerUpdate,
} from "./api/v1/customer/validators"

// api/v1 routes parse their own bodies (bodyParser: false + jsonBody) so every
// malformed request gets the contract's 400. Routes outside /store and /admin
// are not authenticated by Medusa: authenticateCustomer() says who may call.
export default defineMiddlewares({
  routes: [
    // Every authenticated route: a logged-out token or a session ended by a
    // password change counts for nothing (lib/revocation.ts). Global
    // middlewares run before every route's own authenticate().
    { matcher: "/store", middlewares: [refuseRevokedCredentials] },
    { matcher: "/admin", middlewares: [refuseRevokedCredentials] },
    { matcher: "/api/v1", middlewares: [refuseRevokedCredentials] },
    { matcher: "/auth/session", middlewares: [refuseRevokedCredentials, revokeTokenOnSessionDelete] },
    { matcher: "/auth/token/refresh", middlewares: [refuseRevokedCredentials] },
    {
      matcher: "/api/v1/customer/registration",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [jsonBody(), validateBody(ApiV1CustomerRegistration), limitRegistrations],
    },
    {
      matcher: "/api/v1/customer/login",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [jsonBody(), validateBody(ApiV1CustomerLogin)],
    },
    {
      // Any body is ignored.
      matcher: "/api/v1/customer/logout",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [authenticate("customer", ["bearer"], { allowUnauthenticated: true })],
    },
    {
      matcher: "/api/v1/customer/me",
      methods: ["GET", "DELETE"],
      bodyParser: false,
      middlewares: [...authenticateCustomer()],
    },
    {
      matcher: "/api/v1/customer/me",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [...authenticateCustomer(), jsonBody(), validateBody(ApiV1CustomerUpdate)],
    },
    {
      matcher: "/api/v1/customer/me/export",
      methods: ["GET"],
      middlewares: [...authenticateCustomer()],
    },
    {
      matcher: "/api/v1/customer/me/password",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [...authenticateCustomer(), jsonBody(), validateBody(ApiV1CustomerPasswordChange)],
    },
    // Medusa's own doors, held to the same rules (lib/doors.ts).
    { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: [throttleEmailpassLogin] },
    { matcher: "/auth/user/emailpass", methods: ["POST"], middlewares: [throttleEmailpassLogin] },
    { matcher: "/auth/customer/emailpass/register", methods: ["POST"], middlewares: [closedCustomerSignUp] },
    { matcher: "/store/customers", methods: ["POST"], middlewares: [closedCustomerSignUp] },
    { matcher: "/auth/user/emailpass/register", methods: ["POST"], middlewares: [throttleRegistration, requirePasswordPolicy] },
    { matcher: "/auth/customer/emailpass/reset-password", methods: ["POST"], middlewares: [throttlePasswordResetRequest] },
    { matcher: "/auth/user/emailpass/reset-password", methods: ["POST"], middlewares: [throttlePasswordResetRequest] },
    { matcher: "/auth/customer/emailpass/update", methods: ["POST"], middlewares: [requirePasswordPolicy, endCredentialsAfterPasswordReset] },
    { matcher: "/auth/user/emailpass/update", methods: ["POST"], middlewares: [requirePasswordPolicy, endCredentialsAfterPasswordReset] },
    {
      matcher: "/admin/customer-accounts/profiles",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminSearchCustomerProfiles, { defaults: [], isList: false })],
    },
    {
      matcher: "/admin/customers/:id/account-profile",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateCustomerProfile)],
    },
  ],
})
