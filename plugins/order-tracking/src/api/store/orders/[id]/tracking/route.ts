import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderNotFound } from "../../../../../lib/order-access"
import { loadOrderTracking } from "../../../../../lib/tracking"

/** GET /store/orders/:id/tracking — the order's timeline (access checked in middlewares.ts). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tracking = await loadOrderTracking(req.scope, req.params.id)
  if (!tracking) {
    throw orderNotFound(req.params.id)
  }
  res.json({ tracking })
}
