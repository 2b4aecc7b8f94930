import { MedusaError } from "@medusajs/framework/utils"
import type InvoiceModuleService from "../modules/invoice/service"
import { calendarDate, calendarYear } from "./dates"
import type { InvoiceSnapshot } from "./document-types"
import type { OrderForInvoice } from "./order-snapshot"
import { buildInvoiceSnapshot } from "./order-snapshot"
import type { SellerSettings } from "./settings"
import { sellerSnapshot } from "./settings"

export type IssuedInvoice = { id: string; number: string; order_id: string; created: boolean; snapshot: InvoiceSnapshot }

/** The order as read for its invoice, or the reason it cannot have one. */
export function assertInvoiceable<T extends OrderForInvoice>(order: T | null | undefined, orderId: string): T {
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  if (!order.items?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${orderId} has no items to invoice`)
  }
  return order
}

/**
 * Snapshots the order and issues its invoice (number + insert in one
 * transaction). An order that already has its invoice gets that one back,
 * which makes a redelivered event harmless; so does a concurrent issue for
 * the same order, whose unique order_id rolls this transaction (and its
 * number) back.
 */
export async function issueInvoiceForOrder(
  service: InvoiceModuleService,
  order: OrderForInvoice,
  settings: SellerSettings
): Promise<IssuedInvoice> {
  const existing = async (): Promise<IssuedInvoice | null> => {
    const found = await service.findInvoiceOfOrder(order.id)
    return found ? { ...found, order_id: order.id, created: false } : null
  }
  const before = await existing()
  if (before) return before

  const issuedAt = new Date()
  const snapshot = buildInvoiceSnapshot(order, sellerSnapshot(settings), {
    issue_date: calendarDate(issuedAt),
    delivery_date: calendarDate(new Date(order.created_at)),
  })
  try {
    const issued = await service.issueInvoice({
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      issued_at: issuedAt,
      year: calendarYear(issuedAt),
      snapshot,
    })
    return { id: issued.id, number: issued.number, order_id: order.id, created: true, snapshot }
  } catch (error) {
    const raced = await existing()
    if (raced) return raced
    throw error
  }
}
