import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_ACCESS_MODULE } from "../modules/order-access"
import type OrderAccessModuleService from "../modules/order-access/service"
import { guestOrderPageUrl, orderPageUrl } from "./storefront"

/**
 * The order page link for a mail about the order: with the order's email and
 * a link token (order-token.ts), so a guest lands on the order, not on a
 * login page. Without a live token (none issued yet) the plain page link.
 */
export async function orderMailLink(container: MedusaContainer, order: { id: string; email?: string | null }): Promise<string> {
  const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
  const token = order.email ? await service.orderLinkTokenFor(order.id) : null
  return token && order.email ? guestOrderPageUrl(order.id, order.email, token) : orderPageUrl(order.id)
}
