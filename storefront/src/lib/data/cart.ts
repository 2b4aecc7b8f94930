"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "@/lib/data/cookies"
import { rememberCart } from "@/lib/data/cart-merge"
import { getDefaultRegion } from "@/lib/data/regions"
import { errorMessage, errorStatus } from "@/lib/util/errors"
import type { FormState } from "@/lib/util/forms"
import { text, valuesOf } from "@/lib/util/forms"

const CART_FIELDS = [
  "+items.total",
  "+items.subtotal",
  "+shipping_methods.id",
  "+shipping_methods.name",
  "+shipping_methods.total",
  "+payment_collection.payment_sessions.data",
].join(",")

const MAX_QUANTITY = 99

/** The shopper's open cart (from the cart cookie), or null. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    // Read fresh, never from Next's data cache: a cart changes with every
    // step, belongs to one shopper (its copies would pile up on disk), and
    // a tag-invalidated copy can come back stale: Next 16 stamps updateTag
    // with the wall clock but compares with the monotonic clock, so after
    // the wall clock steps ahead (NTP after a VM resumes) the invalidation
    // is ignored and checkout shows the cart from before the change.
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}

async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart()
  if (existing) return existing
  const region = await getDefaultRegion()
  const headers = await getAuthHeaders()
  // Created with the shopper's token when logged in, so it is theirs at once.
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, headers)
  await setCartId(cart.id)
  if ("authorization" in headers) await rememberCart(cart.id, headers)
  refresh()
  return cart
}

function cartError(error: unknown): string {
  const message = errorMessage(error)
  if (/inventory|stock/i.test(message)) return "Sorry, there is not enough stock for that quantity."
  return message
}

function quantityOf(formData: FormData): number | null {
  const quantity = Number(text(formData, "quantity") || "1")
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : null
}

export async function addToCart(_prev: FormState, formData: FormData): Promise<FormState> {
  const variantId = text(formData, "variant_id")
  const quantity = quantityOf(formData)
  if (!variantId) return { error: "This product cannot be added to the cart." }
  if (quantity === null) return { error: `Choose a quantity from 1 to ${MAX_QUANTITY}.` }
  try {
    const cart = await getOrCreateCart()
    // The page re-reads the cart (refresh below); the answer needs no more than the id.
    await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: "id" }, await getAuthHeaders())
    refresh()
    return { ok: true, message: quantity === 1 ? "Added to your cart." : `${quantity} added to your cart.` }
  } catch (error) {
    return { error: cartError(error) }
  }
}

export async function updateLineItem(_prev: FormState, formData: FormData): Promise<FormState> {
  const lineId = text(formData, "line_id")
  const quantity = quantityOf(formData)
  const cartId = await getCartId()
  if (!cartId || !lineId) return { error: "This item is no longer in your cart." }
  if (quantity === null) return { error: `Choose a quantity from 1 to ${MAX_QUANTITY}.` }
  try {
    await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, await getAuthHeaders())
    return { ok: true }
  } catch (error) {
    return { error: cartError(error) }
  } finally {
    refresh()
  }
}

export async function deleteLineItem(_prev: FormState, formData: FormData): Promise<FormState> {
  const lineId = text(formData, "line_id")
  const cartId = await getCartId()
  if (!cartId || !lineId) return { ok: true }
  try {
    await sdk.store.cart.deleteLineItem(cartId, lineId, { fields: "id" }, await getAuthHeaders())
    return { ok: true }
  } catch (error) {
    return { error: cartError(error) }
  } finally {
    refresh()
  }
}

const ADDRESS_FIELDS = ["email", "first_name", "last_name", "address_1", "postal_code", "city", "country_code", "phone"]

/** Checkout step 1: the contact email and the shipping (= billing) address. */
export async function setAddresses(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, ADDRESS_FIELDS)
  const fieldErrors: Record<string, string> = {}
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) fieldErrors.email = "Enter a valid email address."
  if (!values.first_name) fieldErrors.first_name = "Enter your first name."
  if (!values.last_name) fieldErrors.last_name = "Enter your last name."
  if (values.address_1.length < 3) fieldErrors.address_1 = "Enter the street and house number."
  if (!values.postal_code) fieldErrors.postal_code = "Enter the postal code."
  if (!values.city) fieldErrors.city = "Enter the city."
  const region = await getDefaultRegion()
  const countries = (region.countries ?? []).map((c) => c.iso_2)
  if (!countries.includes(values.country_code)) fieldErrors.country_code = "Choose a country we deliver to."
  if (values.phone && !/^\+?[\d\s\-()]{6,25}$/.test(values.phone)) fieldErrors.phone = "Enter a valid phone number."
  if (Object.keys(fieldErrors).length) return { error: "Please check the highlighted fields.", fieldErrors, values }

  const cartId = await getCartId()
  if (!cartId) return { error: "Your cart is empty.", values }
  const address = {
    first_name: values.first_name,
    last_name: values.last_name,
    address_1: values.address_1,
    postal_code: values.postal_code,
    city: values.city,
    country_code: values.country_code,
    phone: values.phone || undefined,
  }
  try {
    await sdk.store.cart.update(
      cartId,
      { email: values.email, shipping_address: address, billing_address: address },
      { fields: "id" },
      await getAuthHeaders()
    )
  } catch (error) {
    return { error: errorMessage(error), values }
  } finally {
    refresh()
  }
  redirect("/checkout?step=delivery")
}

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk.client.fetch<HttpTypes.StoreShippingOptionListResponse>(
    "/store/shipping-options",
    // Naming the fields the page shows lets the backend skip the relations it would add otherwise.
    { query: { cart_id: cartId, fields: "id,name,amount" }, headers: await getAuthHeaders(), cache: "no-store" }
  )
  return shipping_options
}

/** Checkout step 2: the shipping option. */
export async function setShippingMethod(_prev: FormState, formData: FormData): Promise<FormState> {
  const optionId = text(formData, "shipping_option_id")
  const cartId = await getCartId()
  if (!cartId) return { error: "Your cart is empty." }
  if (!optionId) return { error: "Choose a delivery option." }
  try {
    await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, await getAuthHeaders())
  } catch (error) {
    return { error: errorMessage(error) }
  } finally {
    refresh()
  }
  redirect("/checkout?step=payment")
}

/** After an order: the cart is done, the next add starts a new one. */
export async function forgetCart(): Promise<void> {
  const cartId = await getCartId()
  await removeCartId()
  if (cartId) refresh()
}
