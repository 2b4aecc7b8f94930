import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatAddressLine } from "./address-line"

export type AccountAddress = {
  id: string
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  country_code: string | null
  phone: string | null
  is_default_shipping: boolean
  is_default_billing: boolean
}

export type CustomerAccount = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  created_at: string | Date
  profile: { id: string; username: string; title: string | null; birthday: string | null } | null
  addresses: AccountAddress[]
}

export const ACCOUNT_FIELDS = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "created_at",
  "customer_profile.id",
  "customer_profile.username",
  "customer_profile.title",
  "customer_profile.birthday",
  "addresses.id",
  "addresses.first_name",
  "addresses.last_name",
  "addresses.company",
  "addresses.address_1",
  "addresses.address_2",
  "addresses.postal_code",
  "addresses.city",
  "addresses.province",
  "addresses.country_code",
  "addresses.phone",
  "addresses.is_default_shipping",
  "addresses.is_default_billing",
]

type CustomerRow = Omit<CustomerAccount, "profile"> & {
  customer_profile?: CustomerAccount["profile"]
}

/** A customer with profile and addresses, read across the link; null when there is none (or it was erased). */
export async function readCustomerAccount(container: MedusaContainer, customerId: string): Promise<CustomerAccount | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ACCOUNT_FIELDS, filters: { id: customerId } })
  const row = data[0] as CustomerRow | undefined
  if (!row) return null
  const { customer_profile, ...customer } = row
  return { ...customer, profile: customer_profile ?? null, addresses: customer.addresses ?? [] }
}

export function defaultAddress(account: CustomerAccount): AccountAddress | null {
  return (
    account.addresses.find((a) => a.is_default_shipping) ??
    account.addresses.find((a) => a.is_default_billing) ??
    account.addresses[0] ??
    null
  )
}

/** The contract's profile shape: GET /api/v1/customer/me/. */
export function toProfileView(account: CustomerAccount) {
  const address = defaultAddress(account)
  return {
    id: account.id,
    username: account.profile?.username ?? null,
    first_name: account.first_name,
    last_name: account.last_name,
    email: account.email,
    phone: account.phone,
    title: account.profile?.title ?? null,
    birthday: account.profile?.birthday ?? null,
    address: address ? formatAddressLine(address) : null,
  }
}
