import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCreditNotesStep } from "./steps/create-credit-notes"
import { loadRefundsToCreditStep } from "./steps/load-refunds-to-credit"
import { loadSellerSettingsStep } from "./steps/load-seller-settings"

/** Issues a credit note for every refund of a payment that has none yet (run on payment.refunded). */
export const issueCreditNotesWorkflow = createWorkflow("issue-credit-notes", (input: { payment_id: string }) => {
  const toCredit = loadRefundsToCreditStep({ payment_id: input.payment_id })
  const settings = loadSellerSettingsStep()
  return new WorkflowResponse(createCreditNotesStep({ toCredit, settings }))
})
