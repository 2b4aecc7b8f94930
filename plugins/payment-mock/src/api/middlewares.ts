import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { PaymentMockAnswerChallenge } from "./payment-mock/3ds/validators"
import { tokenizeMockCard } from "./store/payment-collections/tokenize-mock-card"

export default defineMiddlewares({
  routes: [
    {
      // Medusa's own route: the card is exchanged for a token before Medusa stores anything.
      matcher: "/store/payment-collections/:id/payment-sessions",
      method: ["POST"],
      middlewares: [tokenizeMockCard],
    },
    {
      // The issuer's challenge page is opened by the shopper's browser: no
      // publishable key, no login; the unguessable challenge token in the path
      // is what authorizes the answer.
      matcher: "/payment-mock/3ds/:session_id/:challenge",
      method: ["POST"],
      middlewares: [validateAndTransformBody(PaymentMockAnswerChallenge)],
    },
  ],
})
