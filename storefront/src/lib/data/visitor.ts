import "server-only"
import { cookies } from "next/headers"

// The anonymous visitor id (a UUID v4) lives in the httpOnly cookie
// `_shop_visitor`, set by the consent flow (@shop/engagement). This minimal
// reader only forwards it; it never creates one.
const VISITOR_COOKIE = "_shop_visitor"
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export async function getVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(VISITOR_COOKIE)?.value
  return value && UUID_V4.test(value) ? value : null
}

/** The header the backend reads the visitor from (`x-shop-visitor`), when there is a visitor id. */
export async function getVisitorHeaders(): Promise<{ "x-shop-visitor": string } | Record<string, never>> {
  const id = await getVisitorId()
  return id ? { "x-shop-visitor": id } : {}
}
