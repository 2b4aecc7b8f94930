import "server-only"
import { cookies } from "next/headers"
import type { OrderView } from "@/lib/util/order-view"

// The shopper's login token and cart id live in httpOnly cookies: only this
// server reads them, scripts in the page never see them.
const AUTH_COOKIE = "_shop_jwt"
const CART_COOKIE = "_shop_cart_id"
const LAST_ORDER_COOKIE = "_shop_last_order"
const WEEK = 60 * 60 * 24 * 7

const secure = (process.env.STOREFRONT_URL || "").startsWith("https://")
const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value || null
}

export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...options, maxAge: WEEK })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, "", { ...options, maxAge: -1 })
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value || null
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, { ...options, maxAge: WEEK * 4 })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, "", { ...options, maxAge: -1 })
}

/**
 * What a guest sees on the confirmation page: the order as placed, kept for an
 * hour in this browser only (a guest may not read the order from the store
 * API until they follow the link in their confirmation email).
 */
export async function setLastOrder(order: OrderView): Promise<void> {
  ;(await cookies()).set(LAST_ORDER_COOKIE, JSON.stringify(order), { ...options, maxAge: 60 * 60 })
}

export async function getLastOrder(): Promise<OrderView | null> {
  const raw = (await cookies()).get(LAST_ORDER_COOKIE)?.value
  if (!raw) return null
  try {
    const order = JSON.parse(raw) as OrderView
    return typeof order?.id === "string" && Array.isArray(order.items) ? order : null
  } catch {
    return null
  }
}
