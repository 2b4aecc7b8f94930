import crypto from "crypto"
import type { IPaymentModuleService, PaymentSessionStatus } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MOCK_CARD_PROVIDER_PREFIX } from "../../providers/mock-card/constants"
import type { MockCardPayment } from "../../providers/mock-card/payment-data"
import { MockCardPaymentSchema } from "../../providers/mock-card/payment-data"

export type ThreeDSecureDecision = "approve" | "fail"

export type AnswerThreeDSecureChallengeInput = {
  session_id: string
  challenge: string
  decision: ThreeDSecureDecision
}

export type AnsweredChallenge = {
  session_id: string
  session_status: PaymentSessionStatus
  three_d_secure: NonNullable<MockCardPayment["three_d_secure"]>
}

type Previous = {
  id: string
  data: Record<string, unknown>
  status: PaymentSessionStatus
  amount: BigNumberInput
  currency_code: string
}

function unknownChallenge(): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, "Unknown or expired 3-D Secure challenge.")
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

/** Finds the mock-card session a challenge belongs to, checking the challenge token. */
export async function loadChallengedSession(
  paymentModule: IPaymentModuleService,
  sessionId: string,
  challenge: string
) {
  const [session] = await paymentModule.listPaymentSessions(
    { id: sessionId },
    { select: ["id", "provider_id", "status", "data", "amount", "currency_code"] }
  )
  if (!session || !session.provider_id.startsWith(MOCK_CARD_PROVIDER_PREFIX)) {
    throw unknownChallenge()
  }
  const parsed = MockCardPaymentSchema.safeParse(session.data)
  const tds = parsed.success ? parsed.data.three_d_secure : undefined
  if (!parsed.success || !tds || !sameToken(tds.challenge, challenge)) {
    throw unknownChallenge()
  }
  return { session, payment: parsed.data, threeDSecure: tds }
}

/**
 * Records the shopper's answer on the payment session, where the processor
 * reads it when the cart is completed. Compensation puts the session back.
 */
export const answerThreeDSecureChallengeStep = createStep(
  "answer-three-d-secure-challenge",
  async (input: AnswerThreeDSecureChallengeInput, { container }) => {
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const { session, payment, threeDSecure } = await loadChallengedSession(paymentModule, input.session_id, input.challenge)
    if (threeDSecure.status !== "pending" || session.status !== "requires_more") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This 3-D Secure challenge was already answered (${threeDSecure.status}).`
      )
    }

    const answered: MockCardPayment = {
      ...payment,
      three_d_secure: {
        ...threeDSecure,
        status: input.decision === "approve" ? "approved" : "failed",
        answered_at: new Date().toISOString(),
      },
    }
    const amount = session.amount
    const updated = await paymentModule.updatePaymentSession({
      id: session.id,
      data: answered,
      amount,
      currency_code: session.currency_code,
    })

    const previous: Previous = {
      id: session.id,
      data: session.data,
      status: session.status,
      amount,
      currency_code: session.currency_code,
    }
    return new StepResponse<AnsweredChallenge, Previous>(
      { session_id: session.id, session_status: updated.status, three_d_secure: answered.three_d_secure! },
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    await paymentModule.updatePaymentSession(previous)
  }
)
