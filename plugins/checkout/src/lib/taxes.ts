import type {
  BigNumberInput,
  ITaxModuleService,
  ItemTaxLineDTO,
  MedusaContainer,
  ShippingTaxLineDTO,
  TaxCalculationContext,
} from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { CartState } from "./cart-state"

export type TaxableLine = {
  id: string
  product_id: string
  product_type_id: string | null
  quantity: number
  unit_price: BigNumberInput
  is_giftcard: boolean
}

export type TaxableMethod = { id: string; shipping_option_id: string; amount: BigNumberInput }

/**
 * The tax context Medusa builds for a cart (core-flows get-item-tax-lines):
 * none when the region does not compute taxes automatically or the cart has
 * no shipping country yet, so such a cart simply carries no tax lines.
 */
export function taxContext(cart: CartState): TaxCalculationContext | null {
  const address = cart.shipping_address
  if (!cart.region?.automatic_taxes || !address?.country_code) return null
  return {
    address: {
      country_code: address.country_code,
      province_code: address.province,
      address_1: address.address_1 ?? undefined,
      address_2: address.address_2,
      city: address.city ?? undefined,
      postal_code: address.postal_code ?? undefined,
      metadata: address.metadata,
    },
    customer: cart.customer
      ? {
          id: cart.customer.id,
          email: cart.customer.email ?? "",
          customer_groups: cart.customer.groups.map((g) => g.id),
          metadata: cart.customer.metadata,
        }
      : undefined,
    is_return: false,
    locale: cart.locale ?? undefined,
    shipping_methods: cart.shipping_methods.map((method) => ({
      id: method.id,
      name: method.name,
      shipping_option_id: method.shipping_option_id ?? "",
      amount: MathBN.convert(method.amount).toNumber(),
    })),
  }
}

function isItemLine(line: ItemTaxLineDTO | ShippingTaxLineDTO): line is ItemTaxLineDTO {
  return "line_item_id" in line
}

/** Tax lines for line items, as the cart module stores them (gift cards carry none). */
export async function itemTaxLines(container: MedusaContainer, cart: CartState, items: TaxableLine[]) {
  const context = taxContext(cart)
  const taxable = items.filter((item) => !item.is_giftcard)
  if (!context || !taxable.length) return []
  const tax: ITaxModuleService = container.resolve(Modules.TAX)
  const lines = await tax.getTaxLines(
    taxable.map((item) => ({
      id: item.id,
      product_id: item.product_id,
      product_type_id: item.product_type_id ?? undefined,
      quantity: item.quantity,
      unit_price: item.unit_price,
      currency_code: cart.currency_code,
    })),
    context
  )
  return lines.filter(isItemLine).map((line) => ({
    description: line.name,
    tax_rate_id: line.rate_id,
    code: line.code ?? "",
    rate: line.rate,
    provider_id: line.provider_id,
    item_id: line.line_item_id,
    data: line.data ?? undefined,
  }))
}

/** Tax lines for shipping methods, as the cart module stores them. */
export async function shippingTaxLines(container: MedusaContainer, cart: CartState, methods: TaxableMethod[]) {
  const context = taxContext(cart)
  if (!context || !methods.length) return []
  const tax: ITaxModuleService = container.resolve(Modules.TAX)
  const lines = await tax.getTaxLines(
    methods.map((method) => ({
      id: method.id,
      shipping_option_id: method.shipping_option_id,
      unit_price: method.amount,
      currency_code: cart.currency_code,
    })),
    context
  )
  return lines
    .filter((line): line is ShippingTaxLineDTO => !isItemLine(line))
    .map((line) => ({
      description: line.name,
      tax_rate_id: line.rate_id,
      code: line.code ?? "",
      rate: line.rate,
      provider_id: line.provider_id,
      shipping_method_id: line.shipping_line_id,
      data: line.data ?? undefined,
    }))
}
