// Medusa's own /health: the ceiling of what the HTTP stack answers.
import { measure } from "../lib/measure.mjs"

export default {
  name: "health",
  description: "GET /health (stock Medusa)",
  async run(ctx) {
    return [await measure({ name: "health", url: `${ctx.baseUrl}/health`, ...ctx.load })]
  },
}
