import { defineMiddlewares } from "@medusajs/framework/http"
import { checkoutConcurrency } from "../config/env"
import { shopErrorHandler } from "./lock-conflict"
import { CompletionGate, completionGateMiddleware } from "./store/carts/completion-gate"

const completionGate = new CompletionGate(checkoutConcurrency(process.env))

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    {
      matcher: "/store/carts/:id/complete",
      method: ["POST"],
      middlewares: [completionGateMiddleware(completionGate)],
    },
  ],
})
