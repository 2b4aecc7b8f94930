import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** Stocked or reserved quantity at a location changed (admin stock edit, reservations adjust reserved_quantity): refresh the products of that inventory item. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { inventory_level_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
    "inventory.inventory-level.deleted",
    "inventory.inventory-level.restored",
  ],
  context: { subscriberId: "product-index-inventory-level-changed" },
}
