import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { EmailAddressBlock } from "../templates/schemas"
import { toMinorUnits } from "./money"

type QueryAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
} | null

/** An order with its totals, as Query or the invoices plugin's raw reader gives it. */
export type OrderForConfirmation = {
  id: string
  display_id: number | string
  created_at: string | Date
  email?: string | null
  currency_code: string
  customer?: { first_name?: string | null; last_name?: string | null } | null
  items?: {
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity: BigNumberInput
    raw_unit_price?: BigNumberInput
    unit_price?: BigNumberInput
    raw_subtotal?: BigNumberInput
    subtotal?: BigNumberInput
    raw_original_total?: BigNumberInput
    original_total?: BigNumberInput
  }[] | null
  shipping_methods?: { name?: string | null }[] | null
  raw_item_subtotal?: BigNumberInput
  item_subtotal?: BigNumberInput
  raw_shipping_subtotal?: BigNumberInput
  shipping_subtotal?: BigNumberInput
  raw_discount_subtotal?: BigNumberInput
  discount_subtotal?: BigNumberInput
  raw_original_item_total?: BigNumberInput
  original_item_total?: BigNumberInput
  raw_shipping_total?: BigNumberInput
  shipping_total?: BigNumberInput
  raw_discount_total?: BigNumberInput
  discount_total?: BigNumberInput
  raw_tax_total?: BigNumberInput
  tax_total?: BigNumberInput
  raw_total?: BigNumberInput
  total?: BigNumberInput
  shipping_address?: QueryAddress
  billing_address?: QueryAddress
}

export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "customer.first_name",
  "customer.last_name",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.original_total",
  "shipping_methods.name",
  "item_subtotal",
  "shipping_subtotal",
  "discount_subtotal",
  "original_item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
  "shipping_address.*",
  "billing_address.*",
]

export function toEmailAddress(address: QueryAddress | undefined): EmailAddressBlock | null {
  if (!address) return null
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  return {
    name: name || null,
    company: address.company ?? null,
    address_1: address.address_1 ?? null,
    address_2: address.address_2 ?? null,
    postal_code: address.postal_code ?? null,
    city: address.city ?? null,
    province: address.province ?? null,
    country: address.country_code ? address.country_code.toUpperCase() : null,
    phone: address.phone ?? null,
  }
}

export type OrderConfirmationData = {
  to: string
  props: Record<string, unknown>
}

/** Reads an order through Query and shapes the order-confirmation props (money in minor units). */
export async function loadOrderConfirmation(
  container: MedusaContainer,
  orderId: string,
  invoiceNumber?: string | null,
  orderUrl?: string | null
): Promise<OrderConfirmationData> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_EMAIL_FIELDS, filters: { id: orderId } })
  const order = data[0] as OrderForConfirmation | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  return orderConfirmationData(order, invoiceNumber, orderUrl)
}

/**
 * The order-confirmation props of an order already read with its totals
 * (money in minor units): callers that hold the order (the invoices plugin's
 * order-placed path) need not read it again.
 */
export function orderConfirmationData(
  order: OrderForConfirmation,
  invoiceNumber?: string | null,
  orderUrl?: string | null
): OrderConfirmationData {
  const orderId = order.id
  if (!order.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${orderId} has no email address`)
  }
  const currency = order.currency_code
  const minor = (raw: BigNumberInput | undefined) => toMinorUnits(raw ?? 0, currency)
  const name = [order.customer?.first_name ?? order.shipping_address?.first_name, order.customer?.last_name ?? order.shipping_address?.last_name]
    .filter(Boolean)
    .join(" ")
  return {
    to: order.email,
    props: {
      customer_name: name || null,
      invoice_number: invoiceNumber ?? null,
      order_url: orderUrl ?? null,
      order: {
        id: order.id,
        display_id: order.display_id,
        created_at: new Date(order.created_at).toISOString(),
        currency_code: currency,
        // Gross amounts (VAT included, as the shop and the invoice's gross column show them), from
        // Medusa's totals; the VAT they contain is tax_total. Net-only callers fall back to subtotals.
        items: (order.items ?? []).map((item) => {
          const gross = item.raw_original_total ?? item.original_total
          const quantity = Number(item.quantity)
          return {
            title: item.product_title || item.title || "Item",
            variant_title: item.variant_title ?? null,
            quantity,
            unit_price: gross !== undefined && quantity > 0 ? minor(MathBN.div(gross, quantity)) : minor(item.raw_unit_price ?? item.unit_price),
            subtotal: minor(gross ?? item.raw_subtotal ?? item.subtotal),
          }
        }),
        item_subtotal: minor(order.raw_original_item_total ?? order.original_item_total ?? order.raw_item_subtotal ?? order.item_subtotal),
        shipping_method: order.shipping_methods?.map((m) => m.name).filter(Boolean).join(", ") || null,
        shipping_subtotal: minor(order.raw_shipping_total ?? order.shipping_total ?? order.raw_shipping_subtotal ?? order.shipping_subtotal),
        discount_subtotal: minor(order.raw_discount_total ?? order.discount_total ?? order.raw_discount_subtotal ?? order.discount_subtotal),
        tax_total: minor(order.raw_tax_total ?? order.tax_total),
        total: minor(order.raw_total ?? order.total),
        shipping_address: toEmailAddress(order.shipping_address),
        billing_address: toEmailAddress(order.billing_address),
      },
    },
  }
}
