import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { CartVariant } from "./catalog"

/**
 * Why Medusa's own add-to-cart would refuse this variant for the channel
 * before looking at quantities: its message is the one the shopper should
 * see, so the lean path hands such a request to Medusa's route.
 */
export function inventorySetupProblem(variant: CartVariant, salesChannelId: string): string | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  const stocked = variant.inventory_items.some((item) =>
    item.levels.some((level) => level.sales_channel_ids.includes(salesChannelId))
  )
  if (!stocked) return "no stock location for the sales channel"
  if (!variant.inventory_items.length) return "no inventory items"
  return null
}

export type InventoryNeed = {
  inventory_item_id: string
  required_quantity: number
  quantity: number
  allow_backorder: boolean
  /** Where Medusa would take the stock from, best first. */
  location_ids: string[]
  /** Whether what is free at those locations adds up to what is needed. */
  covered: boolean
}

/**
 * Medusa's inventory input for `quantity` units of a variant in a sales
 * channel (core-flows prepareConfirmInventoryInput, 2.21.2): per inventory
 * item, the channel's locations that alone hold enough, else those with a
 * level, else all of them; covered when what is free there adds up to the
 * required quantity. Variants without managed inventory need nothing.
 */
export function inventoryNeeds(variant: CartVariant, salesChannelId: string, quantity: number): InventoryNeed[] {
  if (!variant.manage_inventory) return []
  const channelLocations = new Set<string>()
  const free = new Map<string, BigNumberInput>()
  const key = (location: string, item: string) => `${location}\u0000${item}`
  for (const item of variant.inventory_items) {
    for (const level of item.levels) {
      if (level.sales_channel_ids.includes(salesChannelId)) channelLocations.add(level.location_id)
      free.set(
        key(level.location_id, item.inventory_item_id),
        MathBN.sub(level.stocked_quantity ?? 0, level.reserved_quantity ?? 0)
      )
    }
  }
  const locations = [...channelLocations]
  return variant.inventory_items.map((item) => {
    const wanted = MathBN.mult(item.required_quantity, quantity)
    const at = (location: string) => free.get(key(location, item.inventory_item_id))
    const enoughAlone = locations.filter((location) => MathBN.gte(at(location) ?? 0, wanted))
    const withLevel = locations.filter((location) => at(location) !== undefined)
    const chosen = enoughAlone.length ? enoughAlone : withLevel.length ? withLevel : locations
    const total = chosen.reduce<BigNumberInput>((sum, location) => MathBN.add(sum, at(location) ?? 0), 0)
    return {
      inventory_item_id: item.inventory_item_id,
      required_quantity: item.required_quantity,
      quantity,
      allow_backorder: variant.allow_backorder,
      location_ids: chosen,
      covered: chosen.length > 0 && MathBN.gte(total, wanted),
    }
  })
}

/**
 * Medusa's stock confirmation when a line is added (confirmInventoryStep):
 * throws its own "insufficient inventory" error.
 */
export function confirmVariantInventory(variant: CartVariant, salesChannelId: string, quantity: number): void {
  const short = inventoryNeeds(variant, salesChannelId, quantity).some((need) => !need.allow_backorder && !need.covered)
  if (short) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Some variant does not have the required inventory",
      MedusaError.Codes.INSUFFICIENT_INVENTORY
    )
  }
}
