import { CustomerWorkflowEvents, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCustomerAddressesStep,
  createRemoteLinkStep,
  emitEventStep,
  updateCustomerAddressesStep,
} from "@medusajs/medusa/core-flows"
import type { StructuredAddress } from "../lib/address-line"
import { defaultAddress, readCustomerAccount } from "../lib/customer-account"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import { createCustomerProfileStep } from "./steps/create-customer-profile"
import { ensureUsernameAvailableStep } from "./steps/ensure-username-available"
import type { CustomerFieldChanges } from "./steps/update-customer-fields"
import { updateCustomerFieldsStep } from "./steps/update-customer-fields"
import type { ProfileChanges } from "./steps/update-customer-profile"
import { updateCustomerProfileStep } from "./steps/update-customer-profile"

export type UpdateCustomerAccountInput = {
  customer_id: string
  customer?: CustomerFieldChanges
  profile?: ProfileChanges
  address?: StructuredAddress
}

const loadCustomerAccountStep = createStep("load-customer-account", async (input: { customer_id: string }, { container }) => {
  const account = await readCustomerAccount(container, input.customer_id)
  if (!account) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
  }
  return new StepResponse(account)
})

function hasKeys(value: object | undefined): boolean {
  return !!value && Object.values(value).some((v) => v !== undefined)
}

/**
 * POST /api/v1/customer/me and the admin profile form: Medusa's customer
 * fields (announced with Medusa's customer.updated event), the profile (created
 * and linked if the customer has none yet, e.g. one who signed up through
 * Medusa's own routes) and the default address.
 */
export const updateCustomerAccountWorkflow = createWorkflow(
  "update-customer-account",
  (input: UpdateCustomerAccountInput) => {
    const account = loadCustomerAccountStep({ customer_id: input.customer_id })

    when("username-changes", { input, account }, ({ input }) => input.profile?.username !== undefined).then(() => {
      ensureUsernameAvailableStep(
        transform({ input, account }, ({ input, account }) => ({
          username: input.profile?.username as string,
          own_profile_id: account.profile?.id ?? null,
        }))
      )
    })

    when("customer-changes", { input }, ({ input }) => hasKeys(input.customer)).then(() => {
      updateCustomerFieldsStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, changes: input.customer ?? {} })))
      emitEventStep({ eventName: CustomerWorkflowEvents.UPDATED, data: { id: input.customer_id } })
    })

    when("profile-changes", { input, account }, ({ input, account }) => !!account.profile && hasKeys(input.profile)).then(
      () => {
        updateCustomerProfileStep(
          transform({ input, account }, ({ input, account }) => ({ id: account.profile?.id as string, ...input.profile }))
        )
      }
    )

    when("profile-missing", { input, account }, ({ input, account }) => !account.profile && hasKeys(input.profile)).then(
      () => {
        const profileInput = transform({ input }, ({ input }) => {
          if (!input.profile?.username) {
            throw new MedusaError(MedusaError.Types.INVALID_DATA, "username: is required to create the customer's profile")
          }
          return { username: input.profile.username, title: input.profile.title ?? null, birthday: input.profile.birthday ?? null }
        })
        const profile = createCustomerProfileStep(profileInput)
        createRemoteLinkStep(
          transform({ input, profile }, ({ input, profile }) => [
            {
              [Modules.CUSTOMER]: { customer_id: input.customer_id },
              [CUSTOMER_ACCOUNTS_MODULE]: { customer_profile_id: profile.id },
            },
          ])
        )
      }
    )

    const addressData = transform({ input, account }, ({ input, account }) => {
      const current = defaultAddress(account)
      return {
        id: current?.id ?? null,
        fields: input.address
          ? {
              address_1: input.address.address_1,
              postal_code: input.address.postal_code,
              city: input.address.city,
              first_name: input.customer?.first_name ?? account.first_name,
              last_name: input.customer?.last_name ?? account.last_name,
              phone: input.customer?.phone ?? account.phone,
            }
          : null,
      }
    })

    when("address-update", { addressData }, ({ addressData }) => !!addressData.fields && !!addressData.id).then(() => {
      updateCustomerAddressesStep(
        transform({ addressData }, ({ addressData }) => ({
          selector: { id: addressData.id as string },
          update: addressData.fields ?? {},
        }))
      )
    })

    when("address-create", { addressData }, ({ addressData }) => !!addressData.fields && !addressData.id).then(() => {
      createCustomerAddressesStep(
        transform({ input, addressData }, ({ input, addressData }) => [
          { customer_id: input.customer_id, ...addressData.fields, is_default_shipping: true, is_default_billing: true },
        ])
      )
    })

    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.customer_id })))
  }
)
