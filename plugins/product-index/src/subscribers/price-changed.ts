import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** A price was written (admin price edit, price set upsert): refresh the products of its price set. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { price_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    "pricing.price.restored",
  ],
  context: { subscriberId: "product-index-price-changed" },
}
