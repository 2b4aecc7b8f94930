import crypto from "crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { checkAndTokenize } from "./card-input"
import type { CardOutcome, TokenizedCard } from "./cards"
import { isCardBrand, isCardOutcome } from "./cards"
import { fromMinorUnits, toMinorUnits } from "./money"
import type { MockCardOptions, ResolvedMockCardOptions } from "./options"
import { resolveOptions } from "./options"
import type { MockCardPayment, ProcessorStatus } from "./payment-data"
import { readPayment } from "./payment-data"
import { MockCardWebhookEvent, SIGNATURE_HEADER, verifyWebhookSignature } from "./webhook"

/** The provider only reports; it needs nothing else from the payment module. */
export type InjectedDependencies = { logger: Pick<Logger, "debug" | "warn"> }

/** Why the issuer refused a card, as the shopper should read it. */
const DECLINES: Partial<Record<CardOutcome, { code: string; message: string }>> = {
  decline: { code: "card_declined", message: "Your card was declined." },
  insufficient_funds: { code: "insufficient_funds", message: "Your card has insufficient funds." },
  expired_card: { code: "expired_card", message: "Your card has expired." },
  incorrect_cvc: { code: "incorrect_cvc", message: "Your card's security code (CVC) is incorrect." },
}

const SESSION_STATUS: Record<ProcessorStatus, PaymentSessionStatus> = {
  requires_action: "requires_more",
  requires_authorization: "pending",
  authorized: "authorized",
  captured: "captured",
  partially_refunded: "captured",
  refunded: "captured",
  canceled: "canceled",
}

function declined(code: string, message: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
    `Payment declined (${code}): ${message} No money was taken; please use another card.`
  )
}

/**
 * A card processor that behaves like a real one, for a shop that must test
 * every payment path: validation, declines, 3-D Secure, capture failures,
 * processor errors, manual or automatic capture, partial refunds.
 *
 * The processor's state is the payment's own `data` (see payment-data.ts):
 * no table, no in-process memory, so any number of server processes agree.
 */
class MockCardProviderService extends AbstractPaymentProvider<MockCardOptions> {
  static identifier = "mock-card"

  protected readonly logger_: InjectedDependencies["logger"]
  protected readonly options_: ResolvedMockCardOptions

  static validateOptions(options: Record<string, unknown>): void {
    resolveOptions(options)
  }

  constructor(container: InjectedDependencies, options: MockCardOptions) {
    super(container, options)
    this.logger_ = container.logger
    this.options_ = resolveOptions(options)
  }

  async initiatePayment({ data, amount, currency_code, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const card = this.cardFrom(data?.card)
    const sessionId = String(data?.session_id ?? context?.idempotency_key ?? "")
    const reference = `mockpay_${crypto.randomBytes(12).toString("hex")}`
    const payment: MockCardPayment = {
      reference,
      card,
      amount: toMinorUnits(amount, currency_code),
      currency_code: currency_code.toLowerCase(),
      capture_method: this.options_.capture,
      status: "requires_authorization",
      captured_amount: 0,
      refunded_amount: 0,
    }
    if (card.outcome === "three_d_secure") {
      const challenge = crypto.randomBytes(16).toString("hex")
      payment.status = "requires_action"
      payment.three_d_secure = {
        status: "pending",
        challenge,
        redirect_url: `${this.options_.backendUrl}/payment-mock/3ds/${encodeURIComponent(sessionId)}/${challenge}`,
      }
    }
    this.logger_.debug(`mock-card: session ${sessionId} → ${reference} (${card.brand} •••• ${card.last4})`)
    return { id: reference, data: payment, status: SESSION_STATUS[payment.status] }
  }

  /**
   * Medusa's core flows never update a session (they replace it); the plugin's
   * 3-D Secure workflow does, to record the shopper's answer to the challenge.
   */
  async updatePayment({ data, amount, currency_code }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const payment = readPayment(data)
    if (payment.status !== "requires_action" && payment.status !== "requires_authorization") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${payment.status} payment cannot be changed.`)
    }
    const tds = payment.three_d_secure
    const updated: MockCardPayment = {
      ...payment,
      amount: toMinorUnits(amount, currency_code),
      status: tds?.status === "pending" ? "requires_action" : "requires_authorization",
    }
    return { data: updated, status: SESSION_STATUS[updated.status] }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const payment = readPayment(data)
    if (payment.status === "authorized" || payment.status === "captured") {
      return { data: payment, status: SESSION_STATUS[payment.status] }
    }
    if (payment.status === "canceled") {
      throw declined("payment_canceled", "This payment was canceled.")
    }

    const { outcome } = payment.card
    const decline = DECLINES[outcome]
    if (decline) {
      throw declined(decline.code, decline.message)
    }
    if (outcome === "processing_error") {
      // What a shop sees when its processor times out: a long wait, then an error.
      await new Promise((resolve) => setTimeout(resolve, this.options_.processingDelayMs))
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "Payment processor error (processing_error): the card processor did not answer in time. " +
          "No money was taken; please try again."
      )
    }
    if (outcome === "three_d_secure") {
      const tds = payment.three_d_secure
      if (!tds || tds.status === "pending") {
        throw new MedusaError(
          MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
          `3-D Secure authentication required: complete the card issuer's challenge at ${tds?.redirect_url ?? "the challenge page"}, then place the order again.`
        )
      }
      if (tds.status === "failed") {
        throw declined("authentication_failed", "3-D Secure authentication failed.")
      }
    }

    if (outcome === "capture_fails") {
      // The authorization holds; the funds can never be captured (manual capture fails too).
      const authorized: MockCardPayment = {
        ...payment,
        status: "authorized",
        capture_error:
          payment.capture_method === "automatic"
            ? { code: "capture_declined", message: "The issuer refused the automatic capture." }
            : undefined,
      }
      return { data: authorized, status: "authorized" }
    }
    if (payment.capture_method === "automatic") {
      const captured: MockCardPayment = { ...payment, status: "captured", captured_amount: payment.amount }
      return { data: captured, status: "captured" }
    }
    return { data: { ...payment, status: "authorized" }, status: "authorized" }
  }

  /** Medusa tells the provider to capture without an amount: the processor captures the authorization. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const payment = readPayment(data)
    if (payment.status === "captured" || payment.status === "partially_refunded" || payment.status === "refunded") {
      return { data: payment }
    }
    if (payment.status !== "authorized") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Capture failed: the payment is ${payment.status}, not authorized.`)
    }
    if (payment.card.outcome === "capture_fails") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Capture failed (capture_declined): the card issuer refused the capture. The authorization is still open; cancel the order or ask the customer for another payment."
      )
    }
    return { data: { ...payment, status: "captured", captured_amount: payment.amount, capture_error: undefined } }
  }

  async refundPayment({ data, amount }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const payment = readPayment(data)
    const refund = toMinorUnits(amount, payment.currency_code)
    const refundable = payment.captured_amount - payment.refunded_amount
    if (refund <= 0 || refund > refundable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Refund refused: ${fromMinorUnits(refund, payment.currency_code)} exceeds the refundable ${fromMinorUnits(refundable, payment.currency_code)} ${payment.currency_code.toUpperCase()}.`
      )
    }
    const refunded = payment.refunded_amount + refund
    return {
      data: {
        ...payment,
        refunded_amount: refunded,
        status: refunded === payment.captured_amount ? "refunded" : "partially_refunded",
      },
    }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const payment = readPayment(data)
    if (payment.captured_amount > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A captured payment cannot be canceled; refund it instead.")
    }
    return { data: { ...payment, status: "canceled" } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const payment = readPayment(data)
    return { status: SESSION_STATUS[payment.status], data: payment }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: readPayment(data) }
  }

  /**
   * Signed processor events (webhook.ts). Unsigned or badly signed events are
   * ignored with a warning: a webhook must never move money on its own say-so.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const secret = this.options_.webhookSecret
    if (!secret) {
      this.logger_.warn("mock-card: webhook ignored, no webhook_secret is configured")
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    if (!verifyWebhookSignature(secret, payload.rawData ?? "", payload.headers?.[SIGNATURE_HEADER])) {
      this.logger_.warn("mock-card: webhook ignored, its signature is missing or invalid")
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const event = MockCardWebhookEvent.safeParse(payload.data)
    if (!event.success) {
      this.logger_.warn("mock-card: webhook ignored, its body is not a mock-card event")
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const { type, data } = event.data
    const action = {
      "payment.authorized": PaymentActions.AUTHORIZED,
      "payment.captured": PaymentActions.SUCCESSFUL,
      "payment.failed": PaymentActions.FAILED,
      "payment.requires_action": PaymentActions.REQUIRES_MORE,
    }[type]
    return {
      action,
      data: { session_id: data.session_id, amount: fromMinorUnits(data.amount, data.currency_code) },
    }
  }

  /**
   * The card as the processor keeps it. The store API tokenizes before Medusa
   * stores anything (see api/middlewares.ts); a server-side caller may pass the
   * raw card, which is checked here the same way.
   */
  private cardFrom(input: unknown): TokenizedCard {
    if (input && typeof input === "object" && "number" in input) {
      const result = checkAndTokenize(input, "data.card")
      if (!result.ok) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid card: ${result.message}`)
      }
      return result.card
    }
    const token = (input ?? {}) as Record<string, unknown>
    if (isCardBrand(token.brand) && typeof token.last4 === "string" && /^\d{4}$/.test(token.last4) && isCardOutcome(token.outcome)) {
      return { brand: token.brand, last4: token.last4, outcome: token.outcome }
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Card details are required: data.card = { number, exp_month, exp_year, cvc }."
    )
  }
}

export default MockCardProviderService
