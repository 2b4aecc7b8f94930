import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkAndTokenize, describeCardIssue } from "../../../providers/mock-card/card-input"
import { MOCK_CARD_PROVIDER_PREFIX } from "../../../providers/mock-card/constants"
import { StoreCreateMockCardPaymentSession } from "./validators"

type SessionBody = { provider_id?: unknown; data?: unknown }

function invalidCard(res: MedusaResponse, field: string, message: string): void {
  res.status(400).json({ type: "invalid_data", code: "invalid_card", field, message: `Invalid card: ${message}` })
}

/**
 * Stands in for the processor's browser SDK: the card goes to the processor's
 * checks and only its token (brand, last four digits, verdict) goes on to
 * Medusa, which stores session data before the provider is called. So the full
 * number and the CVC are never written, logged or returned.
 */
export async function tokenizeMockCard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as SessionBody
  if (typeof body.provider_id !== "string" || !body.provider_id.startsWith(MOCK_CARD_PROVIDER_PREFIX)) {
    return next()
  }
  const parsed = StoreCreateMockCardPaymentSession.safeParse(body)
  if (!parsed.success) {
    const problem = describeCardIssue(parsed.error.issues[0], body, "")
    return invalidCard(res, problem.field, problem.message)
  }
  const result = checkAndTokenize(parsed.data.data.card, "data.card")
  if (!result.ok) {
    return invalidCard(res, result.field, result.message)
  }
  const tokenized = { provider_id: parsed.data.provider_id, data: { card: result.card } }
  req.body = tokenized
  if (req.validatedBody) {
    req.validatedBody = tokenized
  }
  next()
}
