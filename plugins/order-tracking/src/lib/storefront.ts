/** Absolute link into the storefront (STOREFRONT_URL, as in medusa-config.ts). */
export function storefrontUrl(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/+$/, "")
  return `${base}${path.startsWith("/") ? path : `/${path}`}`
}

/** The storefront page of one order (the storefront's account order page). */
export function orderPageUrl(orderId: string): string {
  return storefrontUrl(`/account/orders/details/${encodeURIComponent(orderId)}`)
}

/** The order page with the guest's proof (email + token), as every order mail links it. */
export function guestOrderPageUrl(orderId: string, email: string, token: string): string {
  return `${orderPageUrl(orderId)}?${new URLSearchParams({ email, token }).toString()}`
}
