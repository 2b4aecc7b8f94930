import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** A price set changed: refresh the products whose variants use it. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { price_set_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "pricing.price-set.created",
    "pricing.price-set.updated",
    "pricing.price-set.deleted",
    "pricing.price-set.restored",
  ],
  context: { subscriberId: "product-index-price-set-changed" },
}
