import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { formatMinorUnits } from "../../../../../providers/mock-card/money"
import { answerThreeDSecureChallengeWorkflow } from "../../../../../workflows/answer-three-d-secure-challenge"
import { loadChallengedSession } from "../../../../../workflows/steps/answer-three-d-secure-challenge"
import {
  challengePageHeaders,
  renderAnsweredPage,
  renderChallengePage,
  renderErrorPage,
} from "../../challenge-page"
import type { PaymentMockAnswerChallengeType } from "../../validators"

type Params = { session_id: string; challenge: string }

const HTTP_STATUS: Partial<Record<string, number>> = {
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.INVALID_DATA]: 400,
}

function sendPage(res: MedusaResponse, status: number, html: string): void {
  // The app-wide X-Frame-Options: DENY would forbid the checkout's iframe too;
  // the page's frame-ancestors names the storefront instead.
  res.removeHeader("X-Frame-Options")
  res.status(status).set(challengePageHeaders()).send(html)
}

/** GET /payment-mock/3ds/:session_id/:challenge — the issuer's challenge page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { session_id, challenge } = req.params as Params
  const paymentModule = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  try {
    const { payment, threeDSecure } = await loadChallengedSession(paymentModule, session_id, challenge)
    const view = {
      amount: formatMinorUnits(payment.amount, payment.currency_code),
      currencyCode: payment.currency_code,
      brand: payment.card.brand,
      last4: payment.card.last4,
      status: threeDSecure.status,
    }
    sendPage(res, 200, renderChallengePage(view, req.originalUrl.split("?")[0]))
  } catch (error) {
    if (MedusaError.isMedusaError(error)) {
      return sendPage(res, HTTP_STATUS[error.type] ?? 400, renderErrorPage(error.message))
    }
    throw error
  }
}

/** POST /payment-mock/3ds/:session_id/:challenge — the shopper approves or fails it. */
export async function POST(req: MedusaRequest<PaymentMockAnswerChallengeType>, res: MedusaResponse) {
  const { session_id, challenge } = req.params as Params
  const wantsHtml = req.accepts(["json", "html"]) === "html"
  try {
    const { result } = await answerThreeDSecureChallengeWorkflow(req.scope).run({
      input: { session_id, challenge, decision: req.validatedBody.decision },
    })
    if (!wantsHtml) {
      res.status(200).json({
        payment_session: { id: result.session_id, status: result.session_status },
        three_d_secure: { status: result.three_d_secure.status },
      })
      return
    }
    const paymentModule = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const { payment } = await loadChallengedSession(paymentModule, session_id, challenge)
    sendPage(
      res,
      200,
      renderAnsweredPage({
        amount: formatMinorUnits(payment.amount, payment.currency_code),
        currencyCode: payment.currency_code,
        brand: payment.card.brand,
        last4: payment.card.last4,
        status: result.three_d_secure.status,
      })
    )
  } catch (error) {
    if (wantsHtml && MedusaError.isMedusaError(error)) {
      return sendPage(res, HTTP_STATUS[error.type] ?? 400, renderErrorPage(error.message))
    }
    throw error
  }
}
