import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { sdk } from "@/lib/config"
import { getCartId, removeCartId, setCartId } from "@/lib/data/cookies"

// A logged-in customer's open cart is remembered on the customer (metadata),
// so it is found again after logging out and in, on any device.
const SAVED_CART_KEY = "storefront_cart_id"

export async function rememberCart(cartId: string, headers: Record<string, string>): Promise<void> {
  try {
    await sdk.store.customer.update({ metadata: { [SAVED_CART_KEY]: cartId } }, { fields: "id" }, headers)
  } catch {
    // Only a convenience: the cart itself is fine without it.
  }
}

/** A cart that can still be shopped with (exists, not completed), read fresh. */
async function openCart(id: string, headers: Record<string, string>): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await sdk.client.fetch<{ cart: HttpTypes.StoreCart & { customer?: { id: string } | null } }>(`/store/carts/${id}`, {
      query: { fields: "id,completed_at,customer.id,items.id,items.variant_id,items.quantity" },
      headers,
      cache: "no-store",
    })
    // (customer_id comes along only when the customer relation is asked for)
    return cart.completed_at ? null : { ...cart, customer_id: cart.customer?.id ?? cart.customer_id }
  } catch {
    return null
  }
}

/**
 * On login or registration the guest cart joins the account: when the
 * customer still has an open cart from before, the guest's items are added
 * to it; otherwise the guest cart itself becomes the customer's.
 */
export async function carryCartIntoAccount(token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` }
  let customer: HttpTypes.StoreCustomer
  try {
    ;({ customer } = await sdk.store.customer.retrieve({ fields: "id,metadata" }, headers))
  } catch {
    return
  }
  const guestId = await getCartId()
  const savedId = customer.metadata?.[SAVED_CART_KEY]
  const guest = guestId ? await openCart(guestId, headers) : null
  const saved = typeof savedId === "string" && savedId !== guestId ? await openCart(savedId, headers) : null

  if (guest && saved && saved.customer_id === customer.id && guest.items?.length) {
    for (const item of guest.items) {
      if (!item.variant_id) continue
      try {
        await sdk.store.cart.createLineItem(saved.id, { variant_id: item.variant_id, quantity: item.quantity }, {}, headers)
      } catch {
        // e.g. no longer in stock: the rest still comes along
      }
    }
    await setCartId(saved.id)
    refresh()
    return
  }
  if (guest) {
    try {
      if (guest.customer_id !== customer.id) await sdk.store.cart.transferCart(guest.id, {}, headers)
      await rememberCart(guest.id, headers)
    } catch {
      // A cart that belongs to someone else cannot be taken over.
      await removeCartId()
    } finally {
      refresh()
    }
    return
  }
  if (saved && saved.customer_id === customer.id) {
    await setCartId(saved.id)
    refresh()
  } else if (guestId) {
    await removeCartId()
  }
}

