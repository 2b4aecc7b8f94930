import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { limitNewSupportRequests } from "../lib/rate-limit"
import { REQUEST_FIELDS } from "../lib/serialize"
import {
  AdminGetSupportRequestsParams,
  AdminReplySupportRequest,
  AdminUpdateSupportRequest,
  StoreCreateSupportRequest,
  StoreGetSupportRequestsParams,
  StoreReplySupportRequest,
} from "./validators"

// Room for a message well over the 10 000-character limit, so an oversized
// message gets the validator's clear 400 instead of the body parser's 413.
const bodyParser = { sizeLimit: "256kb" }
const listQuery = { defaults: REQUEST_FIELDS, isList: true, defaultLimit: 20 }

// Guests may open a request and, with its token, read and answer it: the
// routes below check ownership themselves and answer 404 to everyone else.
const customerOrGuest = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const customer = authenticate("customer", ["session", "bearer"])
const admin = authenticate("user", ["session", "bearer", "api-key"])

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/support-requests",
      bodyParser,
      middlewares: [customerOrGuest, validateAndTransformBody(StoreCreateSupportRequest), limitNewSupportRequests],
    },
    {
      method: ["GET"],
      matcher: "/store/support-requests",
      middlewares: [customer, validateAndTransformQuery(StoreGetSupportRequestsParams, listQuery)],
    },
    { method: ["GET"], matcher: "/store/support-requests/:id", middlewares: [customerOrGuest] },
    {
      method: ["POST"],
      matcher: "/store/support-requests/:id/messages",
      bodyParser,
      middlewares: [customerOrGuest, validateAndTransformBody(StoreReplySupportRequest)],
    },
    { method: ["POST"], matcher: "/store/support-requests/:id/close", middlewares: [customerOrGuest] },
    {
      method: ["GET"],
      matcher: "/admin/support-requests",
      middlewares: [admin, validateAndTransformQuery(AdminGetSupportRequestsParams, listQuery)],
    },
    { method: ["GET"], matcher: "/admin/support-requests/:id", middlewares: [admin] },
    {
      method: ["POST"],
      matcher: "/admin/support-requests/:id",
      middlewares: [admin, validateAndTransformBody(AdminUpdateSupportRequest)],
    },
    {
      method: ["POST"],
      matcher: "/admin/support-requests/:id/messages",
      bodyParser,
      middlewares: [admin, validateAndTransformBody(AdminReplySupportRequest)],
    },
  ],
})
