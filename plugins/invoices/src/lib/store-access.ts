import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The order id when the logged-in customer owns the order. Anyone else — no
 * session, another customer, an unknown order — gets the same 404, so the
 * route does not even tell whether the order exists.
 */
export async function ownedOrderId(req: AuthenticatedMedusaRequest): Promise<string> {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  // authenticate(..., { allowUnauthenticated: true }) leaves auth_context unset for anonymous clients.
  const actor = req.auth_context as AuthenticatedMedusaRequest["auth_context"] | undefined
  const orderId = req.params.id
  if (!actor || actor.actor_type !== "customer" || !actor.actor_id || !orderId) {
    throw notFound
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: orderId, customer_id: actor.actor_id },
  })
  if (!data.length) throw notFound
  return data[0].id
}
