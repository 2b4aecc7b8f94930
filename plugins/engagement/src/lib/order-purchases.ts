import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import type { NewPurchase, PurchaseRow } from "../modules/engagement/service"
import type { InteractionRecorded } from "./events"
import { customerActor, INTERACTION_RECORDED } from "./events"
import type { LoadedOrder } from "./order-lines"
import { readOrderLines } from "./order-lines"

/** The purchase-history lines of an order: none without a customer, none of quantity 0. */
export function purchasesOf(order: LoadedOrder | null): NewPurchase[] {
  if (!order?.customer_id) return []
  const customerId = order.customer_id
  return order.lines
    .filter((line) => line.quantity > 0)
    .map((line) => ({
      customer_id: customerId,
      order_id: order.id,
      line_item_id: line.line_item_id,
      product_id: line.product_id,
      variant_id: line.variant_id,
      product_title: line.product_title,
      variant_title: line.variant_title,
      thumbnail: line.thumbnail,
      quantity: line.quantity,
      purchased_at: order.created_at,
    }))
}

/** The recommender's events for lines recorded now (lines without a product are history only). */
export function purchasesRecorded(rows: PurchaseRow[]): InteractionRecorded[] {
  return rows
    .filter((row) => row.product_id)
    .map((row) => ({
      actor: customerActor(row.customer_id),
      customer_id: row.customer_id,
      visitor_id: null,
      product_id: row.product_id as string,
      kind: "purchase",
      occurred_at: new Date(row.purchased_at).toISOString(),
      source_id: row.line_item_id,
    }))
}

/**
 * order.placed → the order's lines join the customer's purchase history, and
 * each line recorded now is emitted once (`engagement.interaction.recorded`)
 * after the insert committed. A line already recorded is skipped, so the same
 * event handled twice records and emits nothing more.
 *
 * The engagement-record-order-purchases workflow does the same; this is its
 * per-order path without the workflow: one read, one insert (atomic on its
 * own, nothing to compensate) and the emit, instead of a Query read and three
 * steps of bookkeeping on every order.
 */
export async function recordPlacedOrderPurchases(container: MedusaContainer, orderId: string): Promise<PurchaseRow[]> {
  const order = await readOrderLines(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), orderId)
  const lines = purchasesOf(order)
  if (!lines.length) return []
  const service: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  const inserted = await service.recordPurchases(lines)
  const events = purchasesRecorded(inserted)
  if (events.length) {
    await container.resolve(Modules.EVENT_BUS).emit(events.map((data) => ({ name: INTERACTION_RECORDED, data })))
  }
  return inserted
}
