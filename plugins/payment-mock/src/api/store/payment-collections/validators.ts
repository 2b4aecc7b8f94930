import { z } from "@medusajs/framework/zod"

/**
 * POST /store/payment-collections/:id/payment-sessions for the mock-card
 * provider: the card is the only data a shopper may send. Its fields are
 * checked by the processor's own rules (providers/mock-card/card-input.ts).
 */
export const StoreCreateMockCardPaymentSession = z
  .object({
    provider_id: z.string(),
    data: z.object({ card: z.unknown() }).strict(),
  })
  .strict()
export type StoreCreateMockCardPaymentSessionType = z.infer<typeof StoreCreateMockCardPaymentSession>
