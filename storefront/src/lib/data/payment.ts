"use server"

// Everything about paying lives here and in
// src/modules/checkout/components/card-payment*: the mock card processor's
// session data, its 3-D Secure challenge and its decline messages.
import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { tags } from "@/lib/data/cache-tags"
import { forgetCart, retrieveCart } from "@/lib/data/cart"
import { getAuthHeaders, setLastOrder } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/util/errors"
import type { FormState } from "@/lib/util/forms"
import { toOrderView } from "@/lib/util/order-view"
import { text } from "@/lib/util/forms"
import { CARD_PROVIDER_ID, SYSTEM_PROVIDER_ID, parseCard } from "@/lib/util/payment"

export type PaymentState = FormState & {
  /** set when the card needs 3-D Secure: the page opens it for the shopper */
  challengeUrl?: string | null
}

/** The payment providers the cart's region offers. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders(
    { region_id: regionId },
    await getAuthHeaders()
  )
  return payment_providers.map((p) => p.id)
}

function readyToPay(cart: HttpTypes.StoreCart | null): string | null {
  if (!cart || !cart.items?.length) return "Your cart is empty."
  if (!cart.email || !cart.shipping_address?.address_1) return "Please enter your address first."
  if (!cart.shipping_methods?.length) return "Please choose a delivery option first."
  return null
}

function sessionOf(
  collection: HttpTypes.StorePaymentCollection | undefined | null,
  providerId: string
): HttpTypes.StorePaymentSession | undefined {
  return collection?.payment_sessions?.find((s) => s.provider_id === providerId)
}

/** What the shopper reads when the processor says no. */
function declineMessage(message: string): string {
  const m = message.toLowerCase()
  if (m.includes("insufficient")) return "Your card has insufficient funds. Try another card."
  if (m.includes("expired")) return "Your card has expired. Try another card."
  if (m.includes("cvc") || m.includes("security code")) return "The card's security code (CVC) is incorrect."
  if (m.includes("processing")) return "The card could not be processed. Please try again in a moment."
  if (m.includes("declined")) return "Your card was declined. Try another card."
  return message || "The payment did not go through. Try another card."
}

/**
 * Places the order. On success the cart cookie is cleared and the shopper
 * lands on the confirmation page; on a decline the cart stays as it was.
 */
async function completeCart(cartId: string): Promise<PaymentState> {
  let orderId: string | null = null
  try {
    const result = await sdk.store.cart.complete(cartId, {}, await getAuthHeaders())
    if (result.type === "order") {
      orderId = result.order.id
      // Up to 8 lines fit the cookie; the page says how many more there are.
      await setLastOrder(toOrderView(result.order, 8))
    } else {
      return { error: declineMessage(result.error?.message ?? "") }
    }
  } catch (error) {
    return { error: declineMessage(errorMessage(error)) }
  } finally {
    updateTag(tags.cart(cartId))
  }
  await forgetCart()
  // Stock changed: the badges must show it.
  updateTag(tags.products)
  redirect(`/order/${orderId}/confirmed`)
}

/** Pays with the mock card processor: card details go into the payment session's data. */
export async function payWithCard(_prev: PaymentState, formData: FormData): Promise<PaymentState> {
  const parsed = parseCard({
    number: text(formData, "card_number"),
    expiry: text(formData, "card_expiry"),
    cvc: text(formData, "card_cvc"),
    name: text(formData, "card_name"),
  })
  if ("fieldErrors" in parsed) return { error: "Please check the card details.", fieldErrors: parsed.fieldErrors }
  const cart = await retrieveCart()
  const notReady = readyToPay(cart)
  if (notReady || !cart) return { error: notReady }

  const { card } = parsed
  let collection: HttpTypes.StorePaymentCollection
  try {
    ;({ payment_collection: collection } = await sdk.store.payment.initiatePaymentSession(
      cart,
      {
        provider_id: CARD_PROVIDER_ID,
        data: { card: { number: card.number, exp_month: card.exp_month, exp_year: card.exp_year, cvc: card.cvc } },
      },
      {},
      await getAuthHeaders()
    ))
  } catch (error) {
    updateTag(tags.cart(cart.id))
    return { error: declineMessage(errorMessage(error)) }
  }
  updateTag(tags.cart(cart.id))
  const session = sessionOf(collection, CARD_PROVIDER_ID)
  const challengeUrl = challengeUrlOf(session)
  if (challengeUrl) return { challengeUrl }
  return completeCart(cart.id)
}

function challengeUrlOf(session: HttpTypes.StorePaymentSession | undefined): string | null {
  const data = (session?.data ?? {}) as Record<string, unknown>
  const url = data.challenge_url ?? data.challengeUrl ?? (data.next_action as { url?: unknown } | undefined)?.url
  return typeof url === "string" && /^https?:\/\//.test(url) ? url : null
}

/** After the 3-D Secure challenge was approved: place the order. */
export async function completeAfterChallenge(_prev: PaymentState, _formData: FormData): Promise<PaymentState> {
  const cart = await retrieveCart()
  const notReady = readyToPay(cart)
  if (notReady || !cart) return { error: notReady }
  return completeCart(cart.id)
}

/** Medusa's built-in test provider (no card): only offered when the card processor is not installed. */
export async function payWithoutCard(_prev: PaymentState, _formData: FormData): Promise<PaymentState> {
  const cart = await retrieveCart()
  const notReady = readyToPay(cart)
  if (notReady || !cart) return { error: notReady }
  try {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: SYSTEM_PROVIDER_ID }, {}, await getAuthHeaders())
  } catch (error) {
    return { error: errorMessage(error) }
  }
  return completeCart(cart.id)
}
