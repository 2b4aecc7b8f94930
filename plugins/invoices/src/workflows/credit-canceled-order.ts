import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SendEmailWorkflowInput } from "@shop/notifications/workflows"
import { sendEmailWorkflow } from "@shop/notifications/workflows"
import { buildLifecycleEmailStep } from "./steps/build-lifecycle-email"
import { createCreditNotesStep } from "./steps/create-credit-notes"
import { loadCancellationToCreditStep } from "./steps/load-cancellation-to-credit"
import { loadSellerSettingsStep } from "./steps/load-seller-settings"

/**
 * A canceled order (run on order.canceled): its invoice is credited in full —
 * each refund Medusa's cancel made gets its credit note, whatever no refund
 * covers (a voided authorization, an unpaid invoice) one more — and the
 * customer is mailed the cancellation with the credit notes attached.
 * Redelivery credits nothing twice (unique references) and mails once.
 */
export const creditCanceledOrderWorkflow = createWorkflow("credit-canceled-order", (input: { order_id: string }) => {
  const toCredit = loadCancellationToCreditStep(input)
  const settings = loadSellerSettingsStep()
  const created = createCreditNotesStep({ toCredit, settings })
  const mailInput = transform({ input, created, toCredit }, ({ input, created, toCredit }) => ({
    kind: "order-canceled" as const,
    order_id: input.order_id,
    credit_notes: created,
    refunded: toCredit.refunded,
    invoice_number: toCredit.invoice?.number ?? null,
  }))
  const mail = buildLifecycleEmailStep(mailInput)
  when({ mail }, ({ mail }) => !!mail).then(() => {
    sendEmailWorkflow.runAsStep({ input: mail as SendEmailWorkflowInput })
  })
  return new WorkflowResponse(created)
})
