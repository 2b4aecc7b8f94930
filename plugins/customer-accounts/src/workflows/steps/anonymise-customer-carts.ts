import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { blankedAddress, personalPart } from "./anonymise-customer-orders"

type AddressPart = ReturnType<typeof personalPart>
type CartsBefore = { carts: { id: string; email: string | null }[]; addresses: AddressPart[] }

/** Carts hold the same email and addresses as orders (completed ones too): blank them alike. */
export const anonymiseCustomerCartsStep = createStep(
  "anonymise-customer-carts",
  async (input: { customer_id: string; placeholder_email: string }, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const carts = await cartModule.listCarts(
      { customer_id: input.customer_id },
      { select: ["id", "email"], relations: ["shipping_address", "billing_address"] }
    )
    const before: CartsBefore = { carts: [], addresses: [] }
    const addressIds = new Set<string>()
    for (const cart of carts) {
      before.carts.push({ id: cart.id, email: cart.email ?? null })
      for (const address of [cart.shipping_address, cart.billing_address]) {
        if (address?.id && !addressIds.has(address.id)) {
          addressIds.add(address.id)
          before.addresses.push(personalPart(address))
        }
      }
    }
    try {
      if (before.carts.length) {
        await cartModule.updateCarts(before.carts.map((c) => ({ id: c.id, email: input.placeholder_email })))
      }
      if (addressIds.size) {
        await cartModule.updateAddresses([...addressIds].map(blankedAddress))
      }
    } catch (error) {
      // A failed step is not compensated: undo our own first write.
      await restoreCarts(container, before)
      throw error
    }
    return new StepResponse({ carts: before.carts.length }, before)
  },
  async (before, { container }) => {
    if (before) await restoreCarts(container, before)
  }
)

async function restoreCarts(container: MedusaContainer, before: CartsBefore): Promise<void> {
  const cartModule = container.resolve(Modules.CART)
  if (before.carts.length) {
    await cartModule.updateCarts(before.carts.map((c) => ({ id: c.id, email: c.email ?? undefined })))
  }
  if (before.addresses.length) {
    await cartModule.updateAddresses(before.addresses)
  }
}
