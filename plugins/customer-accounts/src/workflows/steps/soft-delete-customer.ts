import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Soft-deletes the (anonymised) customer: it leaves lists and logins, while
 * its orders keep a customer id for accounting.
 */
export const softDeleteCustomerStep = createStep(
  "soft-delete-customer",
  async (input: { customer_id: string }, { container }) => {
    await container.resolve(Modules.CUSTOMER).softDeleteCustomers([input.customer_id])
    return new StepResponse({ id: input.customer_id }, input.customer_id)
  },
  async (customerId, { container }) => {
    if (!customerId) return
    await container.resolve(Modules.CUSTOMER).restoreCustomers([customerId])
  }
)
