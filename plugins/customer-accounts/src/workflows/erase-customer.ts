import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteAuthIdentityStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { anonymiseCustomerCartsStep } from "./steps/anonymise-customer-carts"
import { anonymiseCustomerOrdersStep } from "./steps/anonymise-customer-orders"
import { deleteCustomerProfileStep } from "./steps/delete-customer-profile"
import { eraseContributedDataStep } from "./steps/erase-contributed-data"
import { anonymiseCustomerStep } from "./steps/anonymise-customer"
import { deleteAllCustomerAddressesStep } from "./steps/delete-customer-addresses"
import { findCustomerAuthIdentitiesStep } from "./steps/find-customer-auth-identities"
import { softDeleteCustomerStep } from "./steps/soft-delete-customer"

export const CUSTOMER_ERASED_EVENT = "customer-accounts.erased"

export type EraseCustomerInput = {
  customer_id: string
  /** the identity the request was authenticated with, if known */
  auth_identity_id?: string
}

/** A recognisable address that can reach no one (.invalid is reserved, RFC 2606). */
export function erasedEmail(customerId: string): string {
  return `erased+${customerId.toLowerCase()}@erased.invalid`
}

const loadCustomerForErasureStep = createStep("load-customer-for-erasure", async (input: { customer_id: string }, { container }) => {
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: input.customer_id }, { select: ["id", "email"], take: 1 })
  if (!customers.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
  }
  return new StepResponse({ email: customers[0].email ?? "" })
})

/**
 * DELETE /api/v1/customer/me (GDPR erasure): other plugins' sections first,
 * then orders and carts anonymised (kept for accounting), the profile deleted
 * (the username is free again), the addresses deleted, the customer anonymised
 * and soft-deleted, and last the auth identities, so the credentials stop
 * working. Each step writes once or undoes its own partial writes, and its
 * compensation restores what it changed: a failure leaves the account as it was.
 */
export const eraseCustomerWorkflow = createWorkflow("erase-customer", (input: EraseCustomerInput) => {
  const customer = loadCustomerForErasureStep({ customer_id: input.customer_id })
  const placeholder = transform({ input }, ({ input }) => erasedEmail(input.customer_id))

  const identityIds = findCustomerAuthIdentitiesStep(
    transform({ input, customer }, ({ input, customer }) => ({
      customer_id: input.customer_id,
      email: customer.email,
      known_auth_identity_ids: input.auth_identity_id ? [input.auth_identity_id] : [],
    }))
  )

  const sections = eraseContributedDataStep({ customer_id: input.customer_id })
  const orders = anonymiseCustomerOrdersStep({ customer_id: input.customer_id, placeholder_email: placeholder })
  const carts = anonymiseCustomerCartsStep({ customer_id: input.customer_id, placeholder_email: placeholder })
  deleteCustomerProfileStep({ customer_id: input.customer_id })
  deleteAllCustomerAddressesStep({ customer_id: input.customer_id })
  anonymiseCustomerStep({ customer_id: input.customer_id, placeholder_email: placeholder })
  softDeleteCustomerStep({ customer_id: input.customer_id })
  deleteAuthIdentityStep({ id: identityIds })

  emitEventStep({ eventName: CUSTOMER_ERASED_EVENT, data: { id: input.customer_id } })

  return new WorkflowResponse(
    transform({ input, sections, orders, carts, identityIds }, ({ input, sections, orders, carts, identityIds }) => ({
      id: input.customer_id,
      contributed_sections: sections,
      orders_anonymised: orders.orders,
      carts_anonymised: carts.carts,
      auth_identities_deleted: identityIds.length,
    }))
  )
})
