import type { CreateAddressDTO, HttpTypes } from "@medusajs/framework/types"

/**
 * A store API address as the cart module creates it: every address a cart
 * change sends becomes a new address row, where an absent field and a null
 * one are the same empty column.
 */
export function addressData(address: HttpTypes.StoreAddAddress, countryCode?: string): CreateAddressDTO {
  return {
    first_name: address.first_name ?? undefined,
    last_name: address.last_name ?? undefined,
    phone: address.phone ?? undefined,
    company: address.company ?? undefined,
    address_1: address.address_1 ?? undefined,
    address_2: address.address_2 ?? undefined,
    city: address.city ?? undefined,
    country_code: countryCode ?? address.country_code ?? undefined,
    province: address.province ?? undefined,
    postal_code: address.postal_code ?? undefined,
    metadata: address.metadata ?? undefined,
  }
}
