import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** A product was created, edited, (un)published or deleted: refresh it. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { product_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product.product.created",
    "product.product.updated",
    "product.product.deleted",
    "product.product.restored",
  ],
  context: { subscriberId: "product-index-product-changed" },
}
