import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { CartWorkflowEvents, Modules } from "@medusajs/framework/utils"
import type { CartState } from "./cart-state"

/**
 * A lean operation either did the whole change (`done`), or touched nothing
 * and names why Medusa's own workflow has to do it (`reason`).
 */
export type HandedOver = { done: false; reason: string }
export type LeanOutcome = { done: true } | HandedOver

export const DONE: LeanOutcome = { done: true }

/**
 * `SHOP_CHECKOUT_LEAN=off` sends every cart request to Medusa's own
 * workflows: to compare both paths on the same store (npm run bench does) or
 * to rule the lean path out while diagnosing.
 */
export function leanPathSwitchedOff(): boolean {
  return process.env.SHOP_CHECKOUT_LEAN === "off"
}

export function handOver(reason: string): HandedOver {
  return { done: false, reason }
}

/**
 * Why a change of this cart must go through Medusa's workflow: whatever the
 * lean operations do not re-compute themselves. Promotions are re-evaluated
 * by Medusa on every change, translated carts get translated item titles,
 * credit lines feed the totals; a missing or completed cart gets Medusa's
 * own error.
 */
export function cartHandOverReason(cart: CartState | null): string | null {
  if (!cart) return "cart not found"
  if (cart.completed_at) return "cart completed"
  if (cart.locale) return "translated cart"
  if (cart.promotion_ids.length) return "promotions on the cart"
  if (cart.credit_line_count) return "credit lines"
  if (!cart.sales_channel_id || !cart.region) return "cart without sales channel or region"
  if (cart.automatic_promotions) return "automatic promotions"
  return null
}

/** What Medusa's cart workflows emit after a change. */
export async function emitCartEvent(container: MedusaContainer, name: string, cartId: string): Promise<void> {
  const eventBus: IEventBusModuleService = container.resolve(Modules.EVENT_BUS)
  await eventBus.emit({ name, data: { id: cartId } })
}

export const CART_UPDATED = CartWorkflowEvents.UPDATED
export const CART_CREATED = CartWorkflowEvents.CREATED
