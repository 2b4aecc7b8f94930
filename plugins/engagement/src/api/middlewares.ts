import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import {
  StoreAddWishlistItem,
  StoreMoveWishlistItemToCart,
  StoreRecordView,
  StoreSetConsent,
} from "./validators"

// Consent and views work for anonymous visitors (x-shop-visitor) too. The
// wishlist item routes answer 404 themselves to anyone but the owner, so an
// anonymous caller learns as little as another customer.
const customerOrVisitor = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const customer = authenticate("customer", ["session", "bearer"])
const admin = authenticate("user", ["session", "bearer", "api-key"])

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/engagement/consent", middlewares: [customerOrVisitor] },
    {
      method: ["POST"],
      matcher: "/store/engagement/consent",
      middlewares: [customerOrVisitor, validateAndTransformBody(StoreSetConsent)],
    },
    { method: ["GET"], matcher: "/store/engagement/views", middlewares: [customerOrVisitor] },
    {
      method: ["POST"],
      matcher: "/store/engagement/views",
      middlewares: [customerOrVisitor, validateAndTransformBody(StoreRecordView)],
    },
    { method: ["POST"], matcher: "/store/engagement/merge", middlewares: [customer] },
    { method: ["GET"], matcher: "/store/wishlist", middlewares: [customer] },
    { method: ["POST"], matcher: "/store/wishlist", middlewares: [customer, validateAndTransformBody(StoreAddWishlistItem)] },
    { method: ["DELETE"], matcher: "/store/wishlist/:product_id", middlewares: [customerOrVisitor] },
    {
      method: ["POST"],
      matcher: "/store/wishlist/:product_id/move-to-cart",
      middlewares: [customerOrVisitor, validateAndTransformBody(StoreMoveWishlistItemToCart)],
    },
    { method: ["GET"], matcher: "/store/customers/me/purchases", middlewares: [customer] },
    { method: ["GET"], matcher: "/admin/engagement/*", middlewares: [admin] },
  ],
})
