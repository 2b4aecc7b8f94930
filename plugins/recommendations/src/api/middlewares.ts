import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminGetClickThroughParams,
  AdminGetCustomerRecommendationsParams,
  StoreGetRecommendationsParams,
  StoreRecordRecommendationEvents,
} from "./validators"

// Rails answer everyone: the logged-in customer (session or bearer) gets
// theirs, a visitor with consent theirs, anyone else the cold start.
const customerOrAnyone = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const admin = authenticate("user", ["session", "bearer", "api-key"])
const plainQuery = { defaults: [], isList: false }

export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/store/recommendations/for-you",
      middlewares: [customerOrAnyone, validateAndTransformQuery(StoreGetRecommendationsParams, plainQuery)],
    },
    {
      method: ["GET"],
      matcher: "/store/recommendations/bestsellers",
      middlewares: [validateAndTransformQuery(StoreGetRecommendationsParams, plainQuery)],
    },
    {
      method: ["GET"],
      matcher: "/store/products/:id/recommendations",
      middlewares: [customerOrAnyone, validateAndTransformQuery(StoreGetRecommendationsParams, plainQuery)],
    },
    {
      method: ["POST"],
      matcher: "/store/recommendations/events",
      middlewares: [customerOrAnyone, validateAndTransformBody(StoreRecordRecommendationEvents)],
    },
    {
      method: ["GET"],
      matcher: "/admin/recommendations/click-through",
      middlewares: [admin, validateAndTransformQuery(AdminGetClickThroughParams, plainQuery)],
    },
    {
      method: ["GET"],
      matcher: "/admin/recommendations/customers/:id",
      middlewares: [admin, validateAndTransformQuery(AdminGetCustomerRecommendationsParams, plainQuery)],
    },
  ],
})
