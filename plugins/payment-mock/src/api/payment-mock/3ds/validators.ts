import { z } from "@medusajs/framework/zod"

/** The shopper's answer to a 3-D Secure challenge (the page's form, or JSON). */
export const PaymentMockAnswerChallenge = z
  .object({
    decision: z.enum(["approve", "fail"]),
  })
  .strict()
export type PaymentMockAnswerChallengeType = z.infer<typeof PaymentMockAnswerChallenge>
