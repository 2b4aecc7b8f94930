import "server-only"
import { getAuthToken } from "@/lib/data/cookies"
import { engagementFetch } from "@/lib/data/engagement"

export type Purchase = {
  id: string
  order_id: string
  order_display_id: number | null
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
  purchased_at: string
  canceled_at: string | null
  buy_again: { variant_id: string; product_handle: string } | null
}

/** The logged-in customer's purchase history, newest first. */
export async function listPurchases(limit = 50): Promise<Purchase[]> {
  const token = await getAuthToken()
  if (!token) return []
  const result = await engagementFetch<{ purchases: Purchase[] }>(`/store/customers/me/purchases?limit=${limit}`, {
    token,
    visitorId: null,
  })
  return result.ok ? result.data.purchases : []
}
