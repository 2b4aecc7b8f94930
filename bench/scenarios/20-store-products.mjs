// Stock Medusa's storefront listing, the baseline the product index is compared with.
import { measure } from "../lib/measure.mjs"

export default {
  name: "store-products",
  description: "GET /store/products?limit=20 (stock Medusa, publishable key)",
  async run(ctx) {
    if (!ctx.publishableKey) {
      ctx.log("store-products: no publishable key, skipped")
      return []
    }
    return [
      await measure({
        name: "store-products",
        url: `${ctx.baseUrl}/store/products?limit=20`,
        headers: { "x-publishable-api-key": ctx.publishableKey },
        ...ctx.load,
      }),
    ]
  },
}
