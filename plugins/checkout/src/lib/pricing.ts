import type {
  BigNumberInput,
  CalculatedPriceSet,
  IPricingModuleService,
  MedusaContainer,
  PricingContext,
} from "@medusajs/framework/types"
import { MathBN, Modules, decorateCartTotals, filterObjectByKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CartState } from "./cart-state"
import { select } from "./db"

/**
 * The cart fields Medusa puts into a pricing context (core-flows'
 * `cartFieldsForPricingContext`, 2.21.2): price rules and price lists can
 * match any of them.
 */
const CART_FIELDS_FOR_PRICING_CONTEXT = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "customer.id",
  "email",
  "customer.groups.id",
]

/** Medusa's totals of the cart as it stands (the same `decorateCartTotals` the cart module uses). */
export function cartTotals(cart: CartState): { item_total: number; total: number; raw_total: BigNumberInput } {
  const decorated = decorateCartTotals({
    currency_code: cart.currency_code,
    items: cart.items.map((item) => ({
      id: item.id,
      unit_price: item.unit_price,
      quantity: item.quantity,
      is_tax_inclusive: item.is_tax_inclusive,
      adjustments: item.adjustments.map((a) => ({ amount: a.amount, is_tax_inclusive: a.is_tax_inclusive })),
      tax_lines: item.tax_lines.map((t) => ({ rate: t.rate })),
    })),
    shipping_methods: cart.shipping_methods.map((method) => ({
      id: method.id,
      amount: method.amount,
      is_tax_inclusive: method.is_tax_inclusive,
      adjustments: method.adjustments.map((a) => ({ amount: a.amount })),
      tax_lines: method.tax_lines.map((t) => ({ rate: t.rate })),
    })),
    credit_lines: [],
  })
  return {
    item_total: MathBN.convert(decorated.item_total).toNumber(),
    total: MathBN.convert(decorated.total).toNumber(),
    raw_total: decorated.total,
  }
}

/** The cart as Medusa's cart queries hand it to a pricing context. */
export function cartForPricing(cart: CartState): Record<string, unknown> {
  const totals = cartTotals(cart)
  return {
    id: cart.id,
    sales_channel_id: cart.sales_channel_id,
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    shipping_address: cart.shipping_address,
    item_total: totals.item_total,
    total: totals.total,
    locale: cart.locale,
    email: cart.email,
    customer: cart.customer ? { id: cart.customer.id, groups: cart.customer.groups } : null,
  }
}

/** The pricing context Medusa builds from a cart (its pricing fields, customer, currency, region). */
export function cartPricingContext(cart: CartState): Record<string, unknown> {
  const pricingCart = cartForPricing(cart)
  return {
    ...filterObjectByKeys(pricingCart, CART_FIELDS_FOR_PRICING_CONTEXT),
    customer: pricingCart.customer ?? undefined,
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    customer_id: cart.customer_id,
  }
}

/** The context Medusa's add-to-cart prices a line with (get-variants-and-items-with-prices). */
export function linePricingContext(cart: CartState, quantity: number): Record<string, unknown> {
  return { ...cartPricingContext(cart), quantity, is_custom_price: false }
}

/** Calculated prices of price sets for one context, by price set id. */
export async function calculatePrices(
  container: MedusaContainer,
  priceSetIds: string[],
  context: Record<string, unknown>
): Promise<Map<string, CalculatedPriceSet>> {
  if (!priceSetIds.length) return new Map()
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  // Medusa's own cart flows pass nested objects (customer, shipping_address)
  // and booleans here, which the pricing module flattens to rule attributes;
  // the declared context type only lists scalar values.
  const prices = await pricing.calculatePrices({ id: priceSetIds }, { context: context as PricingContext["context"] })
  return new Map(prices.map((price) => [price.id, price]))
}

/**
 * Whether any variant price could change when a cart's shipping address or
 * totals change: a price rule or price list rule on those attributes. Medusa
 * re-prices every item after a tax-relevant address change because of such
 * rules; without them the re-pricing cannot change a price.
 */
export async function variantPricesFollowAddressOrTotals(knex: Knex): Promise<boolean> {
  const [row] = await select<{ follows: boolean }>(
    knex,
    `select exists(
        select 1 from price_rule pr
          join price p on p.id = pr.price_id and p.deleted_at is null
          join product_variant_price_set vps on vps.price_set_id = p.price_set_id and vps.deleted_at is null
         where pr.deleted_at is null
           and (pr.attribute like 'shipping\\_address.%' or pr.attribute in ('item_total', 'total')))
      or exists(
        select 1 from price_list_rule plr
         where plr.deleted_at is null
           and (plr.attribute like 'shipping\\_address.%' or plr.attribute in ('item_total', 'total'))) as follows`
  )
  return row?.follows === true
}
