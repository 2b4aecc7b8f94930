import "server-only"
import { randomUUID } from "crypto"
import { cookies } from "next/headers"

/**
 * The anonymous visitor id (a random UUID v4) in the httpOnly cookie
 * `_shop_visitor`, forwarded to the backend as `x-shop-visitor`. It is made
 * only when the shopper accepts tracking, and it is a secret: scripts in the
 * page never see it, and it is never shown or sent anywhere else.
 */
const VISITOR_COOKIE = "_shop_visitor"
export const VISITOR_HEADER = "x-shop-visitor"
const YEAR = 60 * 60 * 24 * 365
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const secure = (process.env.STOREFRONT_URL || "").startsWith("https://")
const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function getVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(VISITOR_COOKIE)?.value
  return value && UUID_V4.test(value) ? value : null
}

/** `{ "x-shop-visitor": id }` when the browser has a visitor id, else `{}`. */
export async function getVisitorHeaders(): Promise<Record<string, string>> {
  const id = await getVisitorId()
  return id ? { [VISITOR_HEADER]: id } : {}
}

/** The visitor id, made and stored now if the browser has none (server actions and route handlers only). */
export async function ensureVisitorId(): Promise<string> {
  const existing = await getVisitorId()
  if (existing) return existing
  const id = randomUUID()
  ;(await cookies()).set(VISITOR_COOKIE, id, { ...options, maxAge: YEAR })
  return id
}

export async function forgetVisitorId(): Promise<void> {
  ;(await cookies()).set(VISITOR_COOKIE, "", { ...options, maxAge: -1 })
}
