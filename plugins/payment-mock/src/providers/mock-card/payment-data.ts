import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { CARD_BRANDS, CARD_OUTCOMES } from "./cards"
import { CAPTURE_MODES } from "./options"

/**
 * The processor's record of one payment. It lives in Medusa's payment session
 * and payment `data` (the provider has no tables of its own), so every server
 * process sees the same state. Amounts are integer minor units.
 */
export const PROCESSOR_STATUSES = [
  "requires_action", // waiting for the 3-D Secure challenge
  "requires_authorization", // ready to authorize
  "authorized",
  "captured",
  "partially_refunded",
  "refunded",
  "canceled",
] as const

export const THREE_D_SECURE_STATUSES = ["pending", "approved", "failed"] as const

const minorUnits = z.number().int().nonnegative()

export const MockCardPaymentSchema = z
  .object({
    reference: z.string().regex(/^mockpay_[0-9a-f]{24}$/),
    card: z
      .object({
        brand: z.enum(CARD_BRANDS),
        last4: z.string().regex(/^\d{4}$/),
        outcome: z.enum(CARD_OUTCOMES),
      })
      .strict(),
    amount: minorUnits,
    currency_code: z.string().regex(/^[a-z]{3}$/),
    capture_method: z.enum(CAPTURE_MODES),
    status: z.enum(PROCESSOR_STATUSES),
    captured_amount: minorUnits,
    refunded_amount: minorUnits,
    three_d_secure: z
      .object({
        status: z.enum(THREE_D_SECURE_STATUSES),
        challenge: z.string().regex(/^[0-9a-f]{32}$/),
        redirect_url: z.string(),
        answered_at: z.string().optional(),
      })
      .strict()
      .optional(),
    capture_error: z.object({ code: z.string(), message: z.string() }).strict().optional(),
  })
  // Medusa adds its own keys (session_id) next to the processor's.
  .loose()

export type MockCardPayment = z.infer<typeof MockCardPaymentSchema>
export type ProcessorStatus = MockCardPayment["status"]
export type ThreeDSecureState = NonNullable<MockCardPayment["three_d_secure"]>

/** Reads the processor record back from Medusa's `data`; anything else is a caller error. */
export function readPayment(data: Record<string, unknown> | undefined): MockCardPayment {
  const parsed = MockCardPaymentSchema.safeParse(data ?? {})
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This payment was not created by the mock-card processor (its data is missing or malformed)."
    )
  }
  return parsed.data
}
