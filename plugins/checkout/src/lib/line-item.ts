import type { BigNumberInput, CalculatedPriceSet, CreateLineItemForCartDTO } from "@medusajs/framework/types"
import { MathBN, PriceListType } from "@medusajs/framework/utils"
import type { CartVariant } from "./catalog"

export type LineItemRequest = {
  variant_id: string
  quantity: number
  metadata?: Record<string, unknown> | null
}

/**
 * The line item Medusa's add-to-cart creates for a variant at its calculated
 * price (core-flows prepareLineItemData, 2.21.2): product and variant
 * snapshot, sale prices keep the original as compare-at price, shipping is
 * required when the product has a shipping profile or a stocked item ships.
 * The cart module stores `is_giftcard`, which its create type omits.
 */
export function lineItemFor(
  cartId: string,
  variant: CartVariant,
  request: LineItemRequest,
  price: CalculatedPriceSet
): CreateLineItemForCartDTO & { is_giftcard: boolean } {
  const unitPrice = price.calculated_amount as BigNumberInput
  const isSale = price.calculated_price?.price_list_type === PriceListType.SALE
  const compareAt =
    isSale && !MathBN.eq(price.original_amount as BigNumberInput, unitPrice)
      ? (price.original_amount as BigNumberInput)
      : undefined
  const requiresShipping =
    !!variant.product.shipping_profile_id || variant.inventory_items.some((item) => item.requires_shipping)
  return {
    cart_id: cartId,
    quantity: request.quantity,
    title: variant.product.title,
    subtitle: variant.title ?? undefined,
    thumbnail: variant.thumbnail ?? variant.product.thumbnail ?? undefined,
    product_id: variant.product.id,
    product_title: variant.product.title,
    product_description: variant.product.description ?? undefined,
    product_subtitle: variant.product.subtitle ?? undefined,
    product_type: variant.product.type?.value ?? undefined,
    product_type_id: variant.product.type?.id ?? undefined,
    product_collection: variant.product.collection?.title ?? undefined,
    product_handle: variant.product.handle,
    variant_id: variant.id,
    variant_sku: variant.sku ?? undefined,
    variant_barcode: variant.barcode ?? undefined,
    variant_title: variant.title ?? undefined,
    is_discountable: variant.product.discountable,
    is_giftcard: variant.product.is_giftcard ?? false,
    requires_shipping: requiresShipping,
    unit_price: unitPrice,
    compare_at_unit_price: compareAt,
    is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
    metadata: request.metadata ?? {},
  }
}
