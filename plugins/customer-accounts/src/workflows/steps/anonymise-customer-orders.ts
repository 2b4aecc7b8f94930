import type { MedusaContainer, OrderAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The personal fields of an order or cart address; the country stays for tax and accounting. */
export const ADDRESS_PERSONAL_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "phone",
] as const

// Medusa's address update DTOs take strings only: a blanked field is "".
type AddressPersonalData = { id: string } & Partial<Record<(typeof ADDRESS_PERSONAL_FIELDS)[number], string>>

export function personalPart(address: Partial<OrderAddressDTO> & { id: string }): AddressPersonalData {
  const part: AddressPersonalData = { id: address.id }
  for (const key of ADDRESS_PERSONAL_FIELDS) part[key] = address[key] ?? undefined
  return part
}

export function blankedAddress(id: string): AddressPersonalData {
  const blank: AddressPersonalData = { id }
  for (const key of ADDRESS_PERSONAL_FIELDS) blank[key] = ""
  return blank
}

type OrdersBefore = {
  orders: { id: string; email: string | null }[]
  addresses: AddressPersonalData[]
}

/**
 * Keeps the customer's orders for accounting but replaces the email and
 * blanks names, street, city, postal code and phone on their addresses.
 */
export const anonymiseCustomerOrdersStep = createStep(
  "anonymise-customer-orders",
  async (input: { customer_id: string; placeholder_email: string }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await orderModule.listOrders(
      { customer_id: input.customer_id },
      { select: ["id", "email"], relations: ["shipping_address", "billing_address"] }
    )
    const before: OrdersBefore = { orders: [], addresses: [] }
    const addressIds = new Set<string>()
    for (const order of orders) {
      before.orders.push({ id: order.id, email: order.email ?? null })
      for (const address of [order.shipping_address, order.billing_address]) {
        if (address?.id && !addressIds.has(address.id)) {
          addressIds.add(address.id)
          before.addresses.push(personalPart(address))
        }
      }
    }
    try {
      if (before.orders.length) {
        await orderModule.updateOrders(before.orders.map((o) => ({ id: o.id, email: input.placeholder_email })))
      }
      if (addressIds.size) {
        await orderModule.updateOrderAddresses([...addressIds].map(blankedAddress))
      }
    } catch (error) {
      // A failed step is not compensated: undo our own first write.
      await restoreOrders(container, before)
      throw error
    }
    return new StepResponse({ orders: before.orders.length }, before)
  },
  async (before, { container }) => {
    if (before) await restoreOrders(container, before)
  }
)

async function restoreOrders(container: MedusaContainer, before: OrdersBefore): Promise<void> {
  const orderModule = container.resolve(Modules.ORDER)
  if (before.orders.length) {
    await orderModule.updateOrders(before.orders.map((o) => ({ id: o.id, email: o.email ?? undefined })))
  }
  if (before.addresses.length) {
    await orderModule.updateOrderAddresses(before.addresses)
  }
}
