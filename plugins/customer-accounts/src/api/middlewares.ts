import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { jsonBody } from "@shop/api-v1/lib/json-body"
import { validateBody } from "@shop/api-v1/lib/validate"
import { authenticateCustomer } from "../lib/auth-session"
import { limitRegistrations } from "../lib/limit-registrations"
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
      middlewares: [],
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
