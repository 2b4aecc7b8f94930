import type { AuthContext, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService, ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * A cart that belongs to a customer answers only to that customer: anyone
 * else (another customer, or a guest who learnt the id) gets the answer a
 * cart id that does not exist gets, so the id reveals nothing. Guest carts
 * (no customer_id) stay as Medusa has them: whoever holds the id may use it.
 * So do carts of a guest customer (`has_account: false`): Medusa attaches one
 * to a guest's cart as soon as it gets an email, and that guest has no login
 * to prove anything with.
 *
 * A global middleware on /store/carts/:id and everything under it, so the
 * lean routes of this plugin and Medusa's own (SHOP_CHECKOUT_LEAN=off) are
 * guarded alike. It runs after Medusa's /store authentication, which has set
 * the customer (if any) from the bearer token or the session.
 */
export async function onlyTheCartsCustomer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const cartId = req.params.id
  if (!cartId) return next()
  const cartModule: ICartModuleService = req.scope.resolve(Modules.CART)
  const [cart] = await cartModule.listCarts({ id: cartId }, { select: ["id", "customer_id"], take: 1 })
  const owner = cart?.customer_id
  if (!owner) return next()
  const context = (req as MedusaRequest & { auth_context?: AuthContext }).auth_context
  const caller = context?.actor_type === "customer" ? context.actor_id : undefined
  if (caller === owner) return next()
  // Only when the caller is not the owner: the usual paths (guest cart, its own customer) read nothing more.
  const customerModule: ICustomerModuleService = req.scope.resolve(Modules.CUSTOMER)
  const [customer] = await customerModule.listCustomers({ id: owner }, { select: ["id", "has_account"], take: 1 })
  if (!customer?.has_account) return next()
  res.status(404).json({ type: "not_found", message: `Cart with id '${cartId}' not found` })
}
