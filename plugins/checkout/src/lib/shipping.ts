import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { IFulfillmentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CartState } from "./cart-state"
import { select } from "./db"
import { cartTotals } from "./pricing"

export type CartShippingOption = {
  id: string
  name: string
  price_type: string
  shipping_profile_id: string | null
  provider_id: string | null
  data: Record<string, unknown> | null
  price_set_id: string | null
  location_id: string | null
}

type FulfillmentSetRow = { fulfillment_set_id: string; location_id: string }

/** Where the cart ships to, as the fulfillment module matches service zones (store options, not returns). */
export function shippingOptionContext(cart: CartState) {
  return {
    address: {
      country_code: cart.shipping_address?.country_code ?? undefined,
      province_code: cart.shipping_address?.province ?? undefined,
      city: cart.shipping_address?.city ?? undefined,
      postal_expression: cart.shipping_address?.postal_code ?? undefined,
    },
    context: { is_return: "false", enabled_in_store: "true" },
  }
}

/** The fulfillment sets of the stock locations that serve a sales channel, with their location. */
export async function channelFulfillmentSets(knex: Knex, salesChannelId: string): Promise<Map<string, string>> {
  const rows = await select<FulfillmentSetRow>(
    knex,
    `select lfs.fulfillment_set_id, sl.id as location_id
       from sales_channel_stock_location scl
       join stock_location sl on sl.id = scl.stock_location_id and sl.deleted_at is null
       join location_fulfillment_set lfs on lfs.stock_location_id = sl.id and lfs.deleted_at is null
       join fulfillment_set fs on fs.id = lfs.fulfillment_set_id and fs.deleted_at is null
      where scl.sales_channel_id = ? and scl.deleted_at is null`,
    [salesChannelId]
  )
  return new Map(rows.map((row) => [row.fulfillment_set_id, row.location_id]))
}

/**
 * The shipping options among `optionIds` that Medusa offers this cart: in a
 * fulfillment set of the cart's sales channel, serving the shipping address,
 * enabled in the store and not for returns (the fulfillment module's own
 * context matching), with the price set their price comes from.
 */
export async function shippingOptionsForCart(
  container: MedusaContainer,
  knex: Knex,
  cart: CartState,
  optionIds: string[]
): Promise<CartShippingOption[]> {
  if (!cart.sales_channel_id || !optionIds.length) return []
  const sets = await channelFulfillmentSets(knex, cart.sales_channel_id)
  if (!sets.size) return []
  const fulfillment: IFulfillmentModuleService = container.resolve(Modules.FULFILLMENT)
  const options = await fulfillment.listShippingOptionsForContext(
    {
      id: optionIds,
      fulfillment_set_id: [...sets.keys()],
      ...shippingOptionContext(cart),
    },
    {
      select: ["id", "name", "price_type", "shipping_profile_id", "provider_id", "data", "service_zone_id"],
      relations: ["rules", "service_zone"],
    }
  )
  if (!options.length) return []
  const priceSets = await select<{ shipping_option_id: string; price_set_id: string }>(
    knex,
    `select sops.shipping_option_id, sops.price_set_id
       from shipping_option_price_set sops
       join price_set ps on ps.id = sops.price_set_id and ps.deleted_at is null
      where sops.shipping_option_id = any(?) and sops.deleted_at is null`,
    [options.map((o) => o.id)]
  )
  const priceSetByOption = new Map(priceSets.map((row) => [row.shipping_option_id, row.price_set_id]))
  return options.map((option) => ({
    id: option.id,
    name: option.name,
    price_type: option.price_type,
    shipping_profile_id: option.shipping_profile_id ?? null,
    provider_id: option.provider_id ?? null,
    data: option.data ?? null,
    price_set_id: priceSetByOption.get(option.id) ?? null,
    location_id: option.service_zone?.fulfillment_set_id ? (sets.get(option.service_zone.fulfillment_set_id) ?? null) : null,
  }))
}

/**
 * Whether a shipping price could depend on what is in the cart beyond its
 * totals (a rule on `items.*`): the lean path prices shipping from the cart's
 * region, currency, address, sales channel and totals only.
 */
export async function shippingPricesFollowItems(knex: Knex): Promise<boolean> {
  const [row] = await select<{ follows: boolean }>(
    knex,
    `select exists(
        select 1 from price_rule pr
          join price p on p.id = pr.price_id and p.deleted_at is null
          join shipping_option_price_set sops on sops.price_set_id = p.price_set_id and sops.deleted_at is null
         where pr.deleted_at is null and pr.attribute like 'items.%') as follows`
  )
  return row?.follows === true
}

/** The cart as Medusa prices shipping options for it (`calculated_price: { context: cart }`). */
export function shippingPricingContext(cart: CartState): Record<string, unknown> {
  const totals = cartTotals(cart)
  return {
    id: cart.id,
    locale: cart.locale,
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    sales_channel_id: cart.sales_channel_id,
    shipping_address: cart.shipping_address,
    item_total: totals.item_total,
    total: totals.total,
  }
}
