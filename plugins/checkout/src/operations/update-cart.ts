import type { AdditionalData, HttpTypes, ICartModuleService, MedusaContainer, UpdateCartDTO } from "@medusajs/framework/types"
import { Modules, isDefined } from "@medusajs/framework/utils"
import { addressData } from "../lib/address"
import { loadCartState, type CartAddress } from "../lib/cart-state"
import { withCartLock } from "../lib/cart-lock"
import { findOrCreateCartCustomer } from "../lib/customers"
import { database } from "../lib/db"
import { CART_UPDATED, DONE, cartHandOverReason, emitCartEvent, handOver, type LeanOutcome } from "../lib/lean-path"
import { variantPricesFollowAddressOrTotals } from "../lib/pricing"
import { itemTaxLines } from "../lib/taxes"

export type AddressInput = HttpTypes.StoreAddAddress & { id?: string }
export type UpdateCartRequest = HttpTypes.StoreUpdateCart & AdditionalData

/** Medusa's test for an address change that changes taxes (update-cart's taxRelevantAddressChanged). */
function taxRelevantChange(next: AddressInput | undefined, previous: CartAddress | null): boolean {
  if (!next) return false
  const changed = (a: unknown, b: unknown) => a !== undefined && a !== b
  return (
    changed(next.id, previous?.id) ||
    changed(next.country_code?.toLowerCase(), previous?.country_code?.toLowerCase()) ||
    changed(next.province, previous?.province) ||
    changed(next.postal_code, previous?.postal_code) ||
    changed(next.city, previous?.city)
  )
}

/**
 * POST /store/carts/:id with email, addresses or metadata, leanly: what
 * Medusa's update-cart does (country must belong to the region, the guest
 * customer follows the email, new tax lines after a tax-relevant address
 * change, cart.updated). Medusa also re-prices every item after such a
 * change; that can only matter when a price rule looks at the address or the
 * totals, and then, like a region, sales channel, locale or promotion
 * change, the request goes to Medusa's workflow.
 */
export async function updateCartLean(
  container: MedusaContainer,
  cartId: string,
  request: UpdateCartRequest
): Promise<LeanOutcome> {
  if (request.promo_codes !== undefined) return handOver("promotion codes")
  if (isDefined(request.locale)) return handOver("locale")
  if (request.additional_data !== undefined) return handOver("additional data for hooks")
  const shippingAddress = request.shipping_address
  const billingAddress = request.billing_address
  if (typeof shippingAddress === "string" || typeof billingAddress === "string") return handOver("address by id")
  if (shippingAddress?.id || billingAddress?.id) return handOver("address by id")
  if (request.email === null) return handOver("email removed")
  const knex = database(container)
  return withCartLock(container, cartId, async () => {
    const cart = await loadCartState(knex, cartId)
    const reason = cartHandOverReason(cart)
    if (reason || !cart || !cart.region) return handOver(reason ?? "cart not found")
    if (request.region_id && request.region_id !== cart.region_id) return handOver("region change")
    if (isDefined(request.sales_channel_id) && request.sales_channel_id !== cart.sales_channel_id) {
      return handOver("sales channel change")
    }
    if (cart.shipping_methods.length) return handOver("shipping methods to re-validate")
    if (cart.payment_collection_id) return handOver("payment collection to re-size")

    const country = shippingAddress?.country_code?.toLowerCase()
    if (country && !cart.region.countries.includes(country)) return handOver("country outside the region")
    const retax = taxRelevantChange(shippingAddress, cart.shipping_address)
    if (retax && cart.items.length && (await variantPricesFollowAddressOrTotals(knex))) {
      return handOver("prices follow the address")
    }

    const update: UpdateCartDTO = { id: cart.id }
    if (shippingAddress) update.shipping_address = addressData(shippingAddress, country)
    if (billingAddress) update.billing_address = addressData(billingAddress)
    if (request.metadata !== undefined) update.metadata = request.metadata
    if (isDefined(request.email)) {
      const customer = await findOrCreateCartCustomer(
        container,
        knex,
        cart.customer ? { id: cart.customer.id, email: cart.customer.email, has_account: cart.customer.has_account } : null,
        request.email
      )
      if (customer) {
        update.customer_id = customer.id
        update.email = customer.has_account ? request.email : (customer.email ?? request.email)
      } else {
        update.email = request.email
      }
    }

    const cartModule: ICartModuleService = container.resolve(Modules.CART)
    await cartModule.updateCarts([update])

    if (retax && cart.items.length) {
      const updated = await loadCartState(knex, cart.id)
      if (updated) {
        const lines = await itemTaxLines(
          container,
          updated,
          updated.items.map((item) => ({
            id: item.id,
            product_id: item.product_id ?? "",
            product_type_id: item.product_type_id,
            quantity: item.quantity,
            unit_price: item.unit_price,
            is_giftcard: item.is_giftcard,
          }))
        )
        // Medusa's update-tax-lines replaces the cart's item tax lines as a whole.
        await cartModule.setLineItemTaxLines(cart.id, lines)
      }
    }

    await emitCartEvent(container, CART_UPDATED, cart.id)
    return DONE
  })
}
