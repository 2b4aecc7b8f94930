import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf } from "../lib/event-ids"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** A brand was renamed or removed (@shop/brands): refresh its products. */
export default async function handler({ event: { data }, container }: SubscriberArgs<unknown>): Promise<void> {
  const ids = idsOf(data)
  if (ids.length) void productIndexRefresher.request(container, { brand_ids: ids }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "brand.updated",
    "brand.deleted",
    "brand.brand.updated",
    "brand.brand.deleted",
    "brand.brand.restored",
  ],
  context: { subscriberId: "product-index-brand-changed" },
}
