import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { currencyDigits } from "../../../providers/mock-card/money"

type GuardedPayment = { id: string; currency_code: string; captured_at?: string | Date | null; canceled_at?: string | Date | null }

async function paymentOf(req: MedusaRequest): Promise<GuardedPayment> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "captured_at", "canceled_at"],
    filters: { id: req.params.id },
  })
  const payment = data[0] as GuardedPayment | undefined
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${req.params.id} was not found`)
  return payment
}

/**
 * Money moves in whole minor units: an amount finer than the currency allows
 * (5.001 EUR) is refused with 400 before anything is written, instead of
 * being rounded by the processor after Medusa recorded the capture or refund.
 */
function assertWholeMinorUnits(amount: unknown, currencyCode: string): void {
  if (typeof amount !== "number") return
  const digits = currencyDigits(currencyCode)
  if (!MathBN.convert(MathBN.mult(amount, MathBN.exp(10, digits))).isInteger()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The amount ${amount} has more decimal places than ${currencyCode.toUpperCase()} has (${digits}): use whole cents.`
    )
  }
}

/** POST /admin/payments/:id/refund: whole cents only (Medusa's own validation refuses 0 and negative amounts). */
export async function guardRefundAmount(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const payment = await paymentOf(req)
    assertWholeMinorUnits((req.body as { amount?: unknown } | undefined)?.amount, payment.currency_code)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * POST /admin/payments/:id/capture: whole cents only, and a second capture of
 * a captured payment is refused with 400 and says why (Medusa would answer 200
 * and do nothing, which reads as if money was taken twice). Not 409: Medusa's
 * error handler replaces a conflict's message with a generic retry hint.
 */
export async function guardCapture(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const payment = await paymentOf(req)
    if (payment.captured_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment is already captured; nothing was charged again.")
    }
    assertWholeMinorUnits((req.body as { amount?: unknown } | undefined)?.amount, payment.currency_code)
    next()
  } catch (error) {
    next(error)
  }
}
