import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

type Level = {
  stocked_quantity?: BigNumberInput | null
  reserved_quantity?: BigNumberInput | null
  stock_locations?: { sales_channels?: { id: string }[] | null }[] | null
}
type StockCheckCart = {
  sales_channel_id?: string | null
  items?:
    | {
        quantity: BigNumberInput
        product_title?: string | null
        title?: string | null
        variant?: {
          manage_inventory?: boolean | null
          allow_backorder?: boolean | null
          inventory_items?:
            | { required_quantity?: BigNumberInput | null; inventory?: { location_levels?: Level[] | null } | null }[]
            | null
        } | null
      }[]
    | null
}

/** Items the cart wants more of than the sales channel's locations have free now. */
export function soldOutItems(cart: StockCheckCart): { title: string; available: string; wanted: string }[] {
  const soldOut: { title: string; available: string; wanted: string }[] = []
  for (const item of cart.items ?? []) {
    const variant = item.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const wanted = MathBN.mult(link.required_quantity ?? 1, item.quantity)
      const levels = (link.inventory?.location_levels ?? []).filter((level) =>
        (level.stock_locations ?? []).some((loc) => (loc.sales_channels ?? []).some((sc) => sc.id === cart.sales_channel_id))
      )
      // Medusa reserves at one location, so the best single location counts.
      const available = levels.reduce(
        (best, level) => MathBN.max(best, MathBN.sub(level.stocked_quantity ?? 0, level.reserved_quantity ?? 0)),
        MathBN.convert(0)
      )
      if (MathBN.lt(available, wanted)) {
        soldOut.push({ title: item.product_title ?? item.title ?? "An item", available: available.toFixed(), wanted: wanted.toFixed() })
      }
    }
  }
  return soldOut
}

/**
 * A sold-out cart fails at the start of completion, with the product's name,
 * instead of after the order is built. The reservation under the locking
 * module's lock stays the guarantee against overselling; this check only
 * makes the common case (the item sold out a while ago) cheap and clear.
 */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const soldOut = soldOutItems(cart as StockCheckCart)
  if (soldOut.length) {
    const list = soldOut.map((s) => `"${s.title}" (${s.available} left, ${s.wanted} wanted)`).join(", ")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Out of stock: ${list}. Remove it or lower the quantity.`)
  }
})
