import type { IFulfillmentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules, ShippingOptionPriceType } from "@medusajs/framework/utils"
import { loadCartState, type CartState } from "../lib/cart-state"
import { loadVariants, type CartVariant } from "../lib/catalog"
import { database, select } from "../lib/db"
import { handOver } from "../lib/lean-path"
import { calculatePrices, cartPricingContext } from "../lib/pricing"
import { channelFulfillmentSets, shippingOptionContext } from "../lib/shipping"

/** The shipping option columns the lean listing reads from the fulfillment module. */
const OPTION_COLUMNS = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "shipping_option_type_id",
  "metadata",
  "data",
]

/** The shipping option fields the lean listing answers; asking for any other goes to Medusa's workflow. */
export const LEAN_SHIPPING_OPTION_FIELDS = new Set([...OPTION_COLUMNS, "amount", "is_tax_inclusive", "insufficient_inventory"])

export type ShippingOptionListing = { done: true; shipping_options: Record<string, unknown>[] } | { done: false; reason: string }

/** Whether an item would lack stock when shipped from a location (Medusa's `insufficient_inventory`). */
function lacksStockAt(cart: CartState, variants: Map<string, CartVariant>, locationId: string | null): boolean {
  return cart.items.some((item) => {
    const variant = item.variant_id ? variants.get(item.variant_id) : undefined
    if (!variant?.manage_inventory || variant.allow_backorder) return false
    return variant.inventory_items.some((inventoryItem) => {
      if (!inventoryItem.requires_shipping) return false
      const level = inventoryItem.levels.find((l) => l.location_id === locationId)
      if (!level) return true
      return MathBN.lt(MathBN.sub(level.stocked_quantity ?? 0, level.reserved_quantity ?? 0), item.quantity)
    })
  })
}

/**
 * GET /store/shipping-options?cart_id= for a client that names the fields it
 * reads, leanly: the options Medusa's list-shipping-options-for-cart offers
 * (fulfillment sets of the cart's sales channel, the shipping address's
 * zones, enabled in the store, not for returns) with their price for this
 * cart, tax inclusiveness and whether an item lacks stock where the option
 * ships from. Calculated prices, return options and translated carts go to
 * Medusa's workflow.
 */
export async function listShippingOptionsLean(
  container: MedusaContainer,
  cartId: string,
  fields: string[],
  isReturn: boolean
): Promise<ShippingOptionListing> {
  if (isReturn) return handOver("return options")
  if (!fields.length || fields.some((field) => !LEAN_SHIPPING_OPTION_FIELDS.has(field))) {
    return handOver("fields beyond the lean listing")
  }
  const knex = database(container)
  const cart = await loadCartState(knex, cartId)
  if (!cart || !cart.sales_channel_id || !cart.region_id || !cart.currency_code) return handOver("cart incomplete")
  if (cart.locale) return handOver("translated cart")

  const sets = await channelFulfillmentSets(knex, cart.sales_channel_id)
  if (!sets.size) return { done: true, shipping_options: [] }
  const fulfillment: IFulfillmentModuleService = container.resolve(Modules.FULFILLMENT)
  const options = await fulfillment.listShippingOptionsForContext(
    {
      fulfillment_set_id: [...sets.keys()],
      ...shippingOptionContext(cart),
    },
    {
      select: OPTION_COLUMNS,
      relations: ["service_zone"],
    }
  )
  if (options.some((option) => option.price_type !== ShippingOptionPriceType.FLAT)) {
    return handOver("calculated shipping prices")
  }

  const priceSets = options.length
    ? await select<{ shipping_option_id: string; price_set_id: string }>(
        knex,
        `select sops.shipping_option_id, sops.price_set_id from shipping_option_price_set sops
           join price_set ps on ps.id = sops.price_set_id and ps.deleted_at is null
          where sops.shipping_option_id = any(?) and sops.deleted_at is null`,
        [options.map((o) => o.id)]
      )
    : []
  const priceSetByOption = new Map(priceSets.map((row) => [row.shipping_option_id, row.price_set_id]))
  const prices = await calculatePrices(container, [...new Set(priceSetByOption.values())], cartPricingContext(cart))
  const variantIds = [...new Set(cart.items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const variants = await loadVariants(knex, variantIds)

  const shippingOptions = options.map((option) => {
    const priceSetId = priceSetByOption.get(option.id)
    const price = priceSetId ? prices.get(priceSetId) : undefined
    const locationId = option.service_zone?.fulfillment_set_id ? (sets.get(option.service_zone.fulfillment_set_id) ?? null) : null
    const computed: Record<string, unknown> = {
      amount: price?.calculated_amount ?? undefined,
      is_tax_inclusive: !!price?.is_calculated_price_tax_inclusive,
      insufficient_inventory: lacksStockAt(cart, variants, locationId),
    }
    const record: Record<string, unknown> = { ...option }
    const answer: Record<string, unknown> = {}
    for (const field of fields) answer[field] = field in computed ? computed[field] : (record[field] ?? null)
    return { ...answer, ...computed }
  })
  return { done: true, shipping_options: shippingOptions }
}
