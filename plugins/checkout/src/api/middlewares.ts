import { defineMiddlewares } from "@medusajs/framework/http"
import { CompletionGate, completionGateMiddleware } from "../lib/completion-gate"
import { checkoutConcurrency } from "../lib/options"

const completionGate = new CompletionGate(checkoutConcurrency(process.env))

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/complete",
      method: ["POST"],
      middlewares: [completionGateMiddleware(completionGate)],
    },
  ],
})
