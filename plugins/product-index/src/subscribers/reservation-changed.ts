import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** A reservation was made, changed or released (order placed, canceled, admin reservation): refresh the products of its inventory item. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { reservation_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
    "inventory.reservation-item.created",
    "inventory.reservation-item.updated",
    "inventory.reservation-item.deleted",
    "inventory.reservation-item.restored",
  ],
  context: { subscriberId: "product-index-reservation-changed" },
}
