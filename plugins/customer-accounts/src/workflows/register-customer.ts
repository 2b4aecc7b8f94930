import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCustomerAccountWorkflow,
  createCustomerAddressesStep,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import type { StructuredAddress } from "../lib/address-line"
import { CUSTOMER_ACCOUNTS_MODULE } from "../modules/customer-accounts"
import { createCustomerProfileStep } from "./steps/create-customer-profile"
import { createPasswordIdentityStep } from "./steps/create-password-identity"
import { ensureRegistrationAvailableStep } from "./steps/ensure-registration-available"

export const CUSTOMER_REGISTERED_EVENT = "customer-accounts.registered"

export type RegisterCustomerInput = {
  username: string
  /** lower-cased */
  email: string
  /** scrypt hash from lib/passwords (the workflow never sees the password) */
  password_hash: string
  first_name: string
  last_name: string
  phone: string
  title: string | null
  birthday: string | null
  address: StructuredAddress
}

export type RegisterCustomerResult = {
  id: string
  username: string
  first_name: string
  email: string
}

/**
 * POST /api/v1/customer/registration: auth identity → customer (Medusa's
 * create-customer-account, which also links the identity) → profile and its
 * link → default address → event for the welcome email. A failure at any
 * step compensates every earlier one: nothing is left half-created.
 */
export const registerCustomerWorkflow = createWorkflow(
  "register-customer",
  (input: RegisterCustomerInput) => {
    ensureRegistrationAvailableStep({ username: input.username, email: input.email })

    const identity = createPasswordIdentityStep({ email: input.email, password_hash: input.password_hash })

    const customer = createCustomerAccountWorkflow.runAsStep({
      input: transform({ input, identity }, ({ input, identity }) => ({
        authIdentityId: identity.id,
        customerData: {
          email: input.email,
          first_name: input.first_name,
          last_name: input.last_name,
          phone: input.phone,
        },
      })),
    })

    const profile = createCustomerProfileStep({
      username: input.username,
      title: input.title,
      birthday: input.birthday,
    })

    createRemoteLinkStep(
      transform({ customer, profile }, ({ customer, profile }) => [
        {
          [Modules.CUSTOMER]: { customer_id: customer.id },
          [CUSTOMER_ACCOUNTS_MODULE]: { customer_profile_id: profile.id },
        },
      ])
    )

    createCustomerAddressesStep(
      transform({ input, customer }, ({ input, customer }) => [
        {
          customer_id: customer.id,
          first_name: input.first_name,
          last_name: input.last_name,
          phone: input.phone,
          address_1: input.address.address_1,
          postal_code: input.address.postal_code,
          city: input.address.city,
          is_default_shipping: true,
          is_default_billing: true,
        },
      ])
    )

    emitEventStep({
      eventName: CUSTOMER_REGISTERED_EVENT,
      data: transform({ customer, profile }, ({ customer, profile }) => ({ id: customer.id, username: profile.username })),
    })

    return new WorkflowResponse(
      transform({ customer, profile }, ({ customer, profile }): RegisterCustomerResult => ({
        id: customer.id,
        username: profile.username,
        first_name: customer.first_name ?? "",
        email: customer.email ?? "",
      }))
    )
  }
)
