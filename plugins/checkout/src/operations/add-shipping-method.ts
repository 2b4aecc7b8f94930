import type { CreateShippingMethodDTO, ICartModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules, ShippingOptionPriceType } from "@medusajs/framework/utils"
import { loadCartState, type CartShippingMethod } from "../lib/cart-state"
import { withCartLock } from "../lib/cart-lock"
import { database } from "../lib/db"
import { CART_UPDATED, DONE, cartHandOverReason, emitCartEvent, handOver, type LeanOutcome } from "../lib/lean-path"
import { calculatePrices } from "../lib/pricing"
import { shippingOptionsForCart, shippingPricesFollowItems, shippingPricingContext } from "../lib/shipping"
import { shippingTaxLines } from "../lib/taxes"

/** Medusa's built-in manual fulfillment provider (`@medusajs/fulfillment-manual`, id `manual`). */
const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

export type ShippingMethodRequest = { option_id: string; data?: Record<string, unknown> }

/**
 * POST /store/carts/:id/shipping-methods with one flat-rate option, leanly:
 * what Medusa's add-shipping-method-to-cart does (the option must be offered
 * to this cart, priced for it, its provider validates the method data, it
 * replaces the cart's method for the same shipping profile, it gets tax lines,
 * cart.updated) without the full cart refresh after it, which re-prices items,
 * re-validates every method, re-evaluates promotions and re-sizes the payment
 * collection. Calculated-price options, several options at once, methods of
 * other profiles, a payment collection or promotions go to Medusa's workflow.
 */
export async function addShippingMethodLean(
  container: MedusaContainer,
  cartId: string,
  requests: ShippingMethodRequest[],
  additionalData: unknown
): Promise<LeanOutcome> {
  if (requests.length !== 1) return handOver("several shipping options")
  if (additionalData !== undefined) return handOver("additional data for hooks")
  const [request] = requests
  const knex = database(container)
  return withCartLock(container, cartId, async () => {
    const cart = await loadCartState(knex, cartId)
    const reason = cartHandOverReason(cart)
    if (reason || !cart) return handOver(reason ?? "cart not found")
    if (cart.payment_collection_id) return handOver("payment collection to re-size")

    const [option] = await shippingOptionsForCart(container, knex, cart, [request.option_id])
    if (!option) return handOver("option not offered to this cart")
    if (option.price_type !== ShippingOptionPriceType.FLAT || !option.price_set_id) {
      return handOver("calculated or unpriced option")
    }
    if (option.provider_id !== MANUAL_FULFILLMENT_PROVIDER) return handOver("provider validates the method data")
    const others = cart.shipping_methods.filter(
      (method) => method.shipping_profile_id && method.shipping_profile_id !== option.shipping_profile_id
    )
    if (others.length) return handOver("methods of other shipping profiles")
    if (await shippingPricesFollowItems(knex)) return handOver("shipping prices follow the items")

    const price = (await calculatePrices(container, [option.price_set_id], shippingPricingContext(cart))).get(
      option.price_set_id
    )
    const amount = price?.calculated_amount
    if (!price || amount === null || amount === undefined) return handOver("no shipping price in this context")

    // Medusa's manual provider accepts the method data as it is; any other
    // provider validates it against the whole cart Medusa's workflow reads.
    const methodData = request.data ?? {}

    const cartModule: ICartModuleService = container.resolve(Modules.CART)
    const replaced = cart.shipping_methods.map((method) => method.id)
    if (replaced.length) await cartModule.softDeleteShippingMethods(replaced)
    // The cart module stores is_tax_inclusive, which its create type omits.
    const methodInput: CreateShippingMethodDTO & { is_tax_inclusive: boolean } = {
      cart_id: cart.id,
      shipping_option_id: option.id,
      name: option.name,
      amount,
      is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
      data: methodData,
    }
    const [created] = await cartModule.addShippingMethods([methodInput])

    const method: CartShippingMethod = {
      id: created.id,
      name: created.name,
      amount: { value: MathBN.convert(created.amount).toString() },
      is_tax_inclusive: created.is_tax_inclusive,
      shipping_option_id: option.id,
      shipping_profile_id: option.shipping_profile_id,
      tax_lines: [],
      adjustments: [],
    }
    const taxLines = await shippingTaxLines(container, { ...cart, shipping_methods: [method] }, [
      { id: created.id, shipping_option_id: option.id, amount: created.amount },
    ])
    if (taxLines.length) await cartModule.upsertShippingMethodTaxLines(taxLines)

    await emitCartEvent(container, CART_UPDATED, cart.id)
    return DONE
  })
}
