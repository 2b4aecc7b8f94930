import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type CustomerFields = {
  email: string | null
  first_name: string | null
  last_name: string | null
  company_name: string | null
  phone: string | null
  metadata: Record<string, unknown> | null
}

/** Replaces the personal fields of Medusa's customer record; the compensation puts them back. */
export const anonymiseCustomerStep = createStep(
  "anonymise-customer",
  async (input: { customer_id: string; placeholder_email: string }, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const customer = await customerModule.retrieveCustomer(input.customer_id)
    const before: { id: string; fields: CustomerFields } = {
      id: customer.id,
      fields: {
        email: customer.email ?? null,
        first_name: customer.first_name ?? null,
        last_name: customer.last_name ?? null,
        company_name: customer.company_name ?? null,
        phone: customer.phone ?? null,
        metadata: customer.metadata ?? null,
      },
    }
    await customerModule.updateCustomers(customer.id, {
      email: input.placeholder_email,
      first_name: null,
      last_name: null,
      company_name: null,
      phone: null,
      metadata: null,
    })
    return new StepResponse({ id: customer.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.CUSTOMER).updateCustomers(before.id, before.fields)
  }
)
