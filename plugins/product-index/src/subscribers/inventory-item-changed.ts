import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** An inventory item changed or went away: refresh the products using it. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { inventory_item_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "inventory-item.updated",
    "inventory-item.deleted",
    "inventory.inventory-item.updated",
    "inventory.inventory-item.deleted",
    "inventory.inventory-item.restored",
  ],
  context: { subscriberId: "product-index-inventory-item-changed" },
}
