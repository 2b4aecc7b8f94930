import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderNotFound } from "../../../../../lib/order-access"
import { loadOrderTracking } from "../../../../../lib/tracking"
import { CARRIERS } from "../../../../../lib/carriers"

/** GET /admin/orders/:id/tracking — the timeline the customer sees, and the known carriers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tracking = await loadOrderTracking(req.scope, req.params.id)
  if (!tracking) {
    throw orderNotFound(req.params.id)
  }
  res.json({ tracking, carriers: CARRIERS.map((c) => ({ code: c.code, name: c.name })) })
}
