import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/** What every row depends on changed (the store's default region or sales channel, the channel's stock locations, price lists) or a link changed whose event names no product: rebuild the whole index. */
export default async function handler({ container }: SubscriberArgs<unknown>): Promise<void> {
  void productIndexRefresher.request(container, { all: true }).catch(() => undefined)
}

export const config: SubscriberConfig = {
  event: [
    "store.store.updated",
    "region.updated",
    "region.deleted",
    "sales-channel.updated",
    "sales-channel.deleted",
    "pricing.price-list.created",
    "pricing.price-list.updated",
    "pricing.price-list.deleted",
    "pricing.price-list-rule.created",
    "pricing.price-list-rule.updated",
    "pricing.price-list-rule.deleted",
    "pricing.price-rule.created",
    "pricing.price-rule.updated",
    "pricing.price-rule.deleted",
    "LinkSalesChannelStockLocation.attached",
    "LinkSalesChannelStockLocation.detached",
    "LinkProductProductBrandBrand.attached",
    "LinkProductProductBrandBrand.detached",
    "LinkProductVariantInventoryItem.attached",
    "LinkProductVariantInventoryItem.detached",
  ],
  context: { subscriberId: "product-index-catalogue-scope-changed" },
}
