import { storefrontUrl } from "@shop/order-tracking/lib/storefront"

/** Where the customer reads a request: their account page, or the guest page with its token. */
export function supportRequestUrl(requestId: string, guestToken: string | null): string {
  const id = encodeURIComponent(requestId)
  return guestToken
    ? storefrontUrl(`/support/${id}?token=${encodeURIComponent(guestToken)}`)
    : storefrontUrl(`/account/support/${id}`)
}

/** The request in the Medusa admin (MEDUSA_BACKEND_URL, as in medusa-config.ts). */
export function adminSupportRequestUrl(requestId: string): string {
  const base = (process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000").replace(/\/+$/, "")
  return `${base}/app/support/${encodeURIComponent(requestId)}`
}

/** The merchant's address for new requests: MERCHANT_EMAIL, else the seeded admin's. */
export function merchantEmail(): string {
  return (process.env.MERCHANT_EMAIL || process.env.ADMIN_EMAIL || "admin@shop.test").trim()
}
