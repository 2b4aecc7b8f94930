import type { BigNumberInput, ICartModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus, deepEqualObj, isPresent } from "@medusajs/framework/utils"
import { loadCartState, type CartLineItem } from "../lib/cart-state"
import { loadVariants } from "../lib/catalog"
import { withCartLock } from "../lib/cart-lock"
import { database } from "../lib/db"
import { confirmVariantInventory, inventorySetupProblem } from "../lib/inventory"
import { CART_UPDATED, DONE, cartHandOverReason, emitCartEvent, handOver, type LeanOutcome } from "../lib/lean-path"
import { lineItemFor, type LineItemRequest } from "../lib/line-item"
import { calculatePrices, linePricingContext } from "../lib/pricing"
import { itemTaxLines } from "../lib/taxes"

/** Medusa merges a new line into an existing one of the same variant and metadata (find-matching-line-item). */
function matchingLine(items: CartLineItem[], request: LineItemRequest): CartLineItem | undefined {
  const metadataMatches = (item: CartLineItem) =>
    (!isPresent(item.metadata) && !isPresent(request.metadata)) || deepEqualObj(item.metadata, request.metadata)
  return items.find((item) => item.variant_id === request.variant_id && !item.is_custom_price && metadataMatches(item))
}

/**
 * POST /store/carts/:id/line-items, leanly: what Medusa's add-to-cart does
 * (price for the line's total quantity, stock confirmation, merge into an
 * existing line, tax lines when the cart has a shipping country, cart.updated),
 * without its full cart refresh. That refresh re-prices every item, re-taxes
 * the cart, re-validates shipping methods, re-evaluates promotions and
 * re-sizes the payment collection: with no shipping method, no payment
 * collection and no promotion on the cart none of it changes anything, and a
 * cart that has any of them goes to Medusa's workflow instead.
 */
export async function addLineItemLean(
  container: MedusaContainer,
  cartId: string,
  request: LineItemRequest
): Promise<LeanOutcome> {
  const knex = database(container)
  return withCartLock(container, cartId, async () => {
    const cart = await loadCartState(knex, cartId)
    const reason = cartHandOverReason(cart)
    if (reason || !cart || !cart.sales_channel_id) return handOver(reason ?? "cart not found")
    if (cart.shipping_methods.length) return handOver("shipping methods to re-validate")
    if (cart.payment_collection_id) return handOver("payment collection to re-size")

    const variant = (await loadVariants(knex, [request.variant_id])).get(request.variant_id)
    if (!variant || variant.product.status !== ProductStatus.PUBLISHED) return handOver("variant missing or unpublished")
    if (!variant.price_set_id) return handOver("variant without price set")
    const setupProblem = inventorySetupProblem(variant, cart.sales_channel_id)
    if (setupProblem) return handOver(setupProblem)

    const existing = matchingLine(cart.items, request)
    const quantity = (existing?.quantity ?? 0) + request.quantity
    const price = (await calculatePrices(container, [variant.price_set_id], linePricingContext(cart, quantity))).get(
      variant.price_set_id
    )
    if (!price || !isPresent(price.calculated_amount)) return handOver("no price in this context")
    confirmVariantInventory(variant, cart.sales_channel_id, quantity)

    const cartModule: ICartModuleService = container.resolve(Modules.CART)
    const line = lineItemFor(cart.id, variant, request, price)
    let lineId: string
    if (existing) {
      // Medusa keeps the line's compare-at price unless the new price is a sale.
      await cartModule.updateLineItems([
        {
          id: existing.id,
          quantity,
          unit_price: line.unit_price,
          ...(line.compare_at_unit_price !== undefined ? { compare_at_unit_price: line.compare_at_unit_price } : {}),
        },
      ])
      lineId = existing.id
    } else {
      const [created] = await cartModule.addLineItems([line])
      lineId = created.id
    }

    const taxLines = await itemTaxLines(container, cart, [
      {
        id: lineId,
        product_id: variant.product.id,
        product_type_id: variant.product.type?.id ?? null,
        quantity,
        unit_price: line.unit_price as BigNumberInput,
        is_giftcard: variant.product.is_giftcard,
      },
    ])
    if (taxLines.length) {
      // Like Medusa's upsert: an existing tax line of the item is updated in place.
      const existingTaxLineId = existing?.tax_lines[0]?.id
      await cartModule.upsertLineItemTaxLines(taxLines.map((taxLine) => ({ ...taxLine, id: existingTaxLineId })))
    }

    await emitCartEvent(container, CART_UPDATED, cart.id)
    return DONE
  })
}
