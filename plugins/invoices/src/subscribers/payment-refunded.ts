import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { issueCreditNotesWorkflow } from "../workflows/issue-credit-notes"

/** A refund → a credit note referring to the order's invoice. */
export default async function paymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueCreditNotesWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "invoices-payment-refunded" },
}
