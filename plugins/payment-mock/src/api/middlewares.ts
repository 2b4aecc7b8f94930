import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { captureRecordingFailure } from "./admin/payments/capture-recording-failure"
import { guardCapture, guardRefundAmount } from "./admin/payments/guard-payment-amount"
import { AdminCapturePayment } from "./admin/payments/validators"
import { PaymentMockAnswerChallenge } from "./payment-mock/3ds/validators"
import { tokenizeMockCard } from "./store/payment-collections/tokenize-mock-card"

export default defineMiddlewares({
  routes: [
    {
      // Medusa's own capture route (its authentication applies): a refused
      // capture is recorded on the order before the 400 is answered.
      matcher: "/admin/payments/:id/capture",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCapturePayment), guardCapture, captureRecordingFailure],
    },
    {
      // Medusa's own refund route: whole cents only, checked before anything is written.
      matcher: "/admin/payments/:id/refund",
      method: ["POST"],
      middlewares: [guardRefundAmount],
    },
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
