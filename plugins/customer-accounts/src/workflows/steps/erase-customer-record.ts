import type { CustomerAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type CustomerBefore = {
  id: string
  fields: {
    email: string | null
    first_name: string | null
    last_name: string | null
    company_name: string | null
    phone: string | null
    metadata: Record<string, unknown> | null
  }
  addresses: Omit<CustomerAddressDTO, "created_at" | "updated_at">[]
}

/**
 * Medusa's customer record: personal fields replaced, addresses deleted, the
 * record soft-deleted. The anonymised row stays so orders keep a customer id.
 */
export const eraseCustomerRecordStep = createStep(
  "erase-customer-record",
  async (input: { customer_id: string; placeholder_email: string }, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const customer = await customerModule.retrieveCustomer(input.customer_id, { relations: ["addresses"] })
    const before: CustomerBefore = {
      id: customer.id,
      fields: {
        email: customer.email ?? null,
        first_name: customer.first_name ?? null,
        last_name: customer.last_name ?? null,
        company_name: customer.company_name ?? null,
        phone: customer.phone ?? null,
        metadata: customer.metadata ?? null,
      },
      addresses: (customer.addresses ?? []).map(({ created_at: _c, updated_at: _u, ...address }) => address),
    }
    if (before.addresses.length) {
      await customerModule.deleteCustomerAddresses(before.addresses.map((a) => a.id))
    }
    await customerModule.updateCustomers(customer.id, {
      email: input.placeholder_email,
      first_name: null,
      last_name: null,
      company_name: null,
      phone: null,
      metadata: null,
    })
    await customerModule.softDeleteCustomers([customer.id])
    return new StepResponse({ id: customer.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const customerModule = container.resolve(Modules.CUSTOMER)
    await customerModule.restoreCustomers([before.id])
    await customerModule.updateCustomers(before.id, before.fields)
    if (before.addresses.length) {
      await customerModule.createCustomerAddresses(before.addresses)
    }
  }
)
