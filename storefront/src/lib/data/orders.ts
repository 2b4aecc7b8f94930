import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { errorStatus } from "@/lib/util/errors"

const ORDER_FIELDS = "*items,*shipping_address,*shipping_methods,+payment_status,+fulfillment_status,+customer_id"

/** The logged-in customer's orders, newest first. */
export async function listOrders(limit = 20, offset = 0): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await sdk.store.order.list(
    {
      limit,
      offset,
      order: "-created_at",
      fields: "id,display_id,status,payment_status,fulfillment_status,total,currency_code,created_at,*items",
    },
    await getAuthHeaders()
  )
  return { orders, count }
}

/** One order by id (Medusa lets anyone holding the id read it: the confirmation page relies on that). */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, await getAuthHeaders())
    return order
  } catch (error) {
    if (errorStatus(error) === 404 || errorStatus(error) === 400) return null
    throw error
  }
}
