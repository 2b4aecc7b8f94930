import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** A cart line as the stock check sees it, whichever path read it. */
export type StockLine = {
  title: string
  quantity: BigNumberInput
  manage_inventory: boolean
  allow_backorder: boolean
  inventory: {
    required_quantity: BigNumberInput
    levels: { stocked_quantity: BigNumberInput | null; reserved_quantity: BigNumberInput | null; sales_channel_ids: string[] }[]
  }[]
}

/**
 * The shop's answer to a sold-out cart at completion: which lines want more
 * than the sales channel's best single location has free now (Medusa reserves
 * at one location), as "Out of stock: "Title" (0 left, 1 wanted). …", or null.
 * The reservation under the inventory items' lock stays the guarantee against
 * overselling; this makes the common case (sold out a while ago) clear.
 */
export function soldOutMessage(lines: StockLine[], salesChannelId: string | null): string | null {
  const soldOut: string[] = []
  for (const line of lines) {
    if (!line.manage_inventory || line.allow_backorder) continue
    for (const item of line.inventory) {
      const wanted = MathBN.mult(item.required_quantity ?? 1, line.quantity)
      const available = item.levels
        .filter((level) => !!salesChannelId && level.sales_channel_ids.includes(salesChannelId))
        .reduce(
          (best, level) => MathBN.max(best, MathBN.sub(level.stocked_quantity ?? 0, level.reserved_quantity ?? 0)),
          MathBN.convert(0)
        )
      if (MathBN.lt(available, wanted)) {
        soldOut.push(`"${line.title}" (${available.toFixed()} left, ${wanted.toFixed()} wanted)`)
      }
    }
  }
  return soldOut.length ? `Out of stock: ${soldOut.join(", ")}. Remove it or lower the quantity.` : null
}
