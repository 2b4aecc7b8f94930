import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { soldOutMessage, type StockLine } from "../../lib/stock-check"

/** The cart as Medusa's complete-cart workflow reads it (its `completeCartFields`). */
type CompletingCart = {
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
            | {
                required_quantity?: BigNumberInput | null
                inventory?: {
                  location_levels?:
                    | {
                        stocked_quantity?: BigNumberInput | null
                        reserved_quantity?: BigNumberInput | null
                        stock_locations?: { sales_channels?: { id: string }[] | null }[] | null
                      }[]
                    | null
                } | null
              }[]
            | null
        } | null
      }[]
    | null
}

function stockLines(cart: CompletingCart): StockLine[] {
  return (cart.items ?? []).map((item) => ({
    title: item.product_title ?? item.title ?? "An item",
    quantity: item.quantity,
    manage_inventory: !!item.variant?.manage_inventory,
    allow_backorder: !!item.variant?.allow_backorder,
    inventory: (item.variant?.inventory_items ?? []).map((link) => ({
      required_quantity: link.required_quantity ?? 1,
      levels: (link.inventory?.location_levels ?? []).map((level) => ({
        stocked_quantity: level.stocked_quantity ?? null,
        reserved_quantity: level.reserved_quantity ?? null,
        sales_channel_ids: (level.stock_locations ?? []).flatMap((loc) => (loc.sales_channels ?? []).map((sc) => sc.id)),
      })),
    })),
  }))
}

/**
 * On Medusa's own completion (carts the lean path hands over): a sold-out
 * cart fails at the start, with the product's name, instead of after the
 * order is built. The lean completion runs the same check.
 */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const typed: CompletingCart = cart
  const message = soldOutMessage(stockLines(typed), typed.sales_channel_id ?? null)
  if (message) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
})
