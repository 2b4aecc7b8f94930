"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getAuthHeaders, getAuthToken, getCartId, setCartId } from "@/lib/data/cookies"
import { engagementFetch } from "@/lib/data/engagement"
import { getDefaultRegion } from "@/lib/data/regions"
import type { FormState } from "@/lib/util/forms"
import { text } from "@/lib/util/forms"

async function caller() {
  return { token: await getAuthToken(), visitorId: null }
}

/** The heart button: adds or removes the product; a guest is sent to log in first. */
export async function toggleWishlist(_prev: FormState, formData: FormData): Promise<FormState> {
  const productId = text(formData, "product_id")
  const saved = text(formData, "saved") === "true"
  const who = await caller()
  if (!who.token) redirect(`/account/login?next=${encodeURIComponent(text(formData, "return_to") || "/")}`)
  if (!productId) return { error: "This product cannot be saved." }
  const result = saved
    ? await engagementFetch(`/store/wishlist/${encodeURIComponent(productId)}`, who, { method: "DELETE" })
    : await engagementFetch("/store/wishlist", who, { method: "POST", body: { product_id: productId } })
  if (!result.ok && !(saved && result.status === 404)) return { error: "Could not update your wishlist. Please try again." }
  refresh()
  return { ok: true, message: saved ? "Removed from your wishlist." : "Saved to your wishlist." }
}

/** The shopper's open cart, or a new one (like the cart actions do). */
async function cartIdForMove(): Promise<string> {
  const headers = await getAuthHeaders()
  const existing = await getCartId()
  if (existing) {
    try {
      const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${existing}`, {
        query: { fields: "id,completed_at" },
        headers,
        cache: "no-store",
      })
      if (!cart.completed_at) return cart.id
    } catch {
      // gone: make a new one
    }
  }
  const region = await getDefaultRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id" }, headers)
  await setCartId(cart.id)
  return cart.id
}

/** "Move to cart" on the wishlist page. */
export async function moveWishlistItemToCart(_prev: FormState, formData: FormData): Promise<FormState> {
  const productId = text(formData, "product_id")
  const variantId = text(formData, "variant_id")
  const who = await caller()
  if (!who.token) redirect("/account/login?next=/account/wishlist")
  try {
    const cartId = await cartIdForMove()
    const result = await engagementFetch(`/store/wishlist/${encodeURIComponent(productId)}/move-to-cart`, who, {
      method: "POST",
      body: { cart_id: cartId, ...(variantId ? { variant_id: variantId } : {}) },
    })
    if (!result.ok) {
      return { error: /stock|inventory/i.test(result.message) ? "Sorry, this product is out of stock." : result.message }
    }
    refresh()
    return { ok: true, message: "Moved to your cart." }
  } catch {
    return { error: "Could not move it to your cart. Please try again." }
  }
}
