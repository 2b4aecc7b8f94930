import type { CreateCustomerAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type AddressBefore = CreateCustomerAddressDTO & { id: string }

const FIELDS = [
  "id",
  "customer_id",
  "address_name",
  "is_default_shipping",
  "is_default_billing",
  "company",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
  "metadata",
] as const

/**
 * Deletes all of a customer's addresses for good (a soft delete would keep
 * the personal data); the compensation recreates them with their ids.
 */
export const deleteAllCustomerAddressesStep = createStep(
  "delete-all-customer-addresses",
  async (input: { customer_id: string }, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const addresses = await customerModule.listCustomerAddresses({ customer_id: input.customer_id }, { select: [...FIELDS] })
    const before: AddressBefore[] = addresses.map((a) => ({
      id: a.id,
      customer_id: a.customer_id,
      address_name: a.address_name,
      is_default_shipping: a.is_default_shipping,
      is_default_billing: a.is_default_billing,
      company: a.company,
      first_name: a.first_name,
      last_name: a.last_name,
      address_1: a.address_1,
      address_2: a.address_2,
      city: a.city,
      country_code: a.country_code,
      province: a.province,
      postal_code: a.postal_code,
      phone: a.phone,
      metadata: a.metadata,
    }))
    if (before.length) {
      await customerModule.deleteCustomerAddresses(before.map((a) => a.id))
    }
    return new StepResponse({ deleted: before.length }, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve(Modules.CUSTOMER).createCustomerAddresses(before)
  }
)
