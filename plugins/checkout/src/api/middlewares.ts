import { defineMiddlewares } from "@medusajs/framework/http"
import { CompletionGate, completionGateMiddleware } from "../lib/completion-gate"
import { checkoutConcurrency } from "../lib/options"
import { onlyTheCartsCustomer } from "../lib/owned-carts"

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
  ],
})
