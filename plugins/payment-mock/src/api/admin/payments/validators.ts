import { z } from "@medusajs/framework/zod"

/** The body of Medusa's POST /admin/payments/:id/capture, as Medusa validates it. */
export const AdminCapturePayment = z.object({ amount: z.number().positive().optional() }).strict()
export type AdminCapturePaymentType = z.infer<typeof AdminCapturePayment>
