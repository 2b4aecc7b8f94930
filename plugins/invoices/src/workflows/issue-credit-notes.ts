import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SendEmailWorkflowInput } from "@shop/notifications/workflows"
import { sendEmailWorkflow } from "@shop/notifications/workflows"
import { buildLifecycleEmailStep } from "./steps/build-lifecycle-email"
import { createCreditNotesStep } from "./steps/create-credit-notes"
import { loadRefundsToCreditStep } from "./steps/load-refunds-to-credit"
import { loadSellerSettingsStep } from "./steps/load-seller-settings"

/**
 * Issues a credit note for every refund of a payment that has none yet (run
 * on payment.refunded) and mails it to the customer.
 */
export const issueCreditNotesWorkflow = createWorkflow("issue-credit-notes", (input: { payment_id: string }) => {
  const toCredit = loadRefundsToCreditStep({ payment_id: input.payment_id })
  const settings = loadSellerSettingsStep()
  const created = createCreditNotesStep({ toCredit, settings })
  const mailInput = transform({ created, toCredit }, ({ created, toCredit }) => {
    const issued = new Set(created.map((c) => c.refund_id))
    return {
      kind: "credit-note" as const,
      order_id: toCredit.order_id ?? "",
      credit_notes: created,
      refunded: toCredit.refunds.filter((r) => issued.has(r.id)).reduce((sum, r) => sum + r.amount, 0),
      invoice_number: toCredit.invoice?.number ?? null,
    }
  })
  const mail = when({ mailInput }, ({ mailInput }) => !!mailInput.order_id && mailInput.credit_notes.length > 0).then(() =>
    buildLifecycleEmailStep(mailInput)
  )
  when({ mail }, ({ mail }) => !!mail).then(() => {
    sendEmailWorkflow.runAsStep({ input: mail as SendEmailWorkflowInput })
  })
  return new WorkflowResponse(created)
})
