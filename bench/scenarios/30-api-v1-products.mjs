// The documented product index (plugins/product-index).
import { measure } from "../lib/measure.mjs"

export default {
  name: "api-v1-products",
  description: "GET /api/v1/product/?limit=50 (read model + invalidated cache)",
  // Issue 4: at least 0.6 × /health and 20 × /store/products, without Redis.
  goals: [
    { row: "api-v1-products", over: "health", atLeast: 0.6 },
    { row: "api-v1-products", over: "store-products", atLeast: 20 },
  ],
  async run(ctx) {
    return [await measure({ name: "api-v1-products", url: `${ctx.baseUrl}/api/v1/product/?limit=50`, ...ctx.load })]
  },
}
