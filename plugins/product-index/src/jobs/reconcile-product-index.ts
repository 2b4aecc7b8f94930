import type { MedusaContainer } from "@medusajs/framework/types"
import { productIndexRefresher } from "../lib/refresh-scheduler"

/**
 * Safety net behind the event subscribers: rebuilds the whole index now and
 * then, catching what no event announces (e.g. a price list whose dates
 * start or end, a change made straight in the database).
 */
export default async function reconcileProductIndex(container: MedusaContainer): Promise<void> {
  await productIndexRefresher.request(container, { all: true })
}

export const config = {
  name: "reconcile-product-index",
  schedule: "17 * * * *",
}
