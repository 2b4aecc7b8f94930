import { defineMiddlewares } from "@medusajs/framework/http"
import { CompletionGate, completionGateMiddleware } from "../lib/completion-gate"
import { checkoutConcurrency } from "../lib/options"
import { onlyTheCartsCustomer } from "../lib/owned-carts"
import { addedQuantity, cartExists, cartItemQuantities, updatedQuantity } from "./validators"

const completionGate = new CompletionGate(checkoutConcurrency(process.env))

export default defineMiddlewares({
  routes: [
    // Every method, every route under it: a customer's cart is that customer's alone (lib/owned-carts.ts).
    { matcher: "/store/carts/:id", middlewares: [onlyTheCartsCustomer] },
    {
      matcher: "/store/carts/:id/complete",
      method: ["POST"],
      middlewares: [completionGateMiddleware(completionGate)],
    },
    // Whole quantities on every cart line route, for the lean path and for
    // Medusa's workflows it hands over to alike.
    { matcher: "/store/carts", method: ["POST"], middlewares: [cartItemQuantities] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [addedQuantity] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [cartExists, updatedQuantity] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["DELETE"], middlewares: [cartExists] },
    { matcher: "/store/carts/:id/promotions", method: ["POST", "DELETE"], middlewares: [cartExists] },
    { matcher: "/store/carts/:id/customer", method: ["POST"], middlewares: [cartExists] },
  ],
})
