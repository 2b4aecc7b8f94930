import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminGetReviewsParams,
  AdminModerateReviews,
  AdminUpdateReview,
  StoreCreateReview,
  StoreGetMyReviewsParams,
  StoreGetProductReviewsParams,
  StoreUpdateReview,
} from "./validators"

// Room for a body well over the 2000-character limit, so an oversized review
// gets the validator's clear 400 instead of the body parser's 413.
const bodyParser = { sizeLimit: "64kb" }
const listQuery = { defaults: [] as string[], isList: true, defaultLimit: 10 }

// Reading a product's reviews needs no login; a logged-in customer also sees their own votes.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const customer = authenticate("customer", ["session", "bearer"])
const admin = authenticate("user", ["session", "bearer", "api-key"])

export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/store/products/:id/reviews",
      middlewares: [maybeCustomer, validateAndTransformQuery(StoreGetProductReviewsParams, listQuery)],
    },
    {
      method: ["POST"],
      matcher: "/store/products/:id/reviews",
      bodyParser,
      middlewares: [customer, validateAndTransformBody(StoreCreateReview)],
    },
    // Someone else's review, or no login, is 404 (the route checks ownership), never 401.
    {
      method: ["PATCH", "POST"],
      matcher: "/store/reviews/:id",
      bodyParser,
      middlewares: [maybeCustomer, validateAndTransformBody(StoreUpdateReview)],
    },
    { method: ["DELETE"], matcher: "/store/reviews/:id", middlewares: [maybeCustomer] },
    { method: ["POST"], matcher: "/store/reviews/:id/helpful", middlewares: [customer] },
    {
      method: ["GET"],
      matcher: "/store/customers/me/reviews",
      middlewares: [customer, validateAndTransformQuery(StoreGetMyReviewsParams, listQuery)],
    },
    {
      method: ["GET"],
      matcher: "/admin/reviews",
      middlewares: [admin, validateAndTransformQuery(AdminGetReviewsParams, { ...listQuery, defaultLimit: 20 })],
    },
    { method: ["POST"], matcher: "/admin/reviews", middlewares: [admin, validateAndTransformBody(AdminModerateReviews)] },
    { method: ["GET"], matcher: "/admin/reviews/:id", middlewares: [admin] },
    {
      method: ["POST"],
      matcher: "/admin/reviews/:id",
      bodyParser,
      middlewares: [admin, validateAndTransformBody(AdminUpdateReview)],
    },
  ],
})
