"use server"

// Everything about paying lives here and in
// src/modules/checkout/components/card-payment*: the mock card processor's
// session data, its 3-D Secure challenge and its decline messages.
import type { HttpTypes } from "@medusajs/types"
import { refresh, updateTag } from "next/cache"
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

export type ChallengeStatus = "pending" | "approved" | "failed" | "none"

export type PaymentState = FormState & {
  /** set when the card needs 3-D Secure: the page opens it for the shopper */
  challengeUrl?: string | null
  /** after "place order" on the 3-D Secure step: what the bank answered */
  challengeStatus?: ChallengeStatus
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

// The processor's decline codes (plugins/payment-mock/README.md), in the
// shopper's words. Medusa passes them on as "Payment declined (<code>): …".
const DECLINES: Record<string, string> = {
  card_declined: "Your card was declined. No money was taken; please use another card.",
  insufficient_funds: "Your card has insufficient funds. No money was taken; please use another card.",
  expired_card: "Your card has expired. Please use another card.",
  incorrect_cvc: "The card's security code (CVC) is incorrect. Please check it and try again.",
  processing_error: "The card could not be processed right now. Please try again in a moment.",
  authentication_failed: "The 3-D Secure check was not passed. Please try again or use another card.",
}

const NOT_CONFIRMED_YET =
  "Your bank has not confirmed the payment yet. Please choose Approve in the check above, then place your order."

/** What the shopper reads when the processor says no: never a code or a backend link. */
function declineMessage(message: string): string {
  const code = /\(([a-z_]+)\)/.exec(message)?.[1]
  if (code && DECLINES[code]) return DECLINES[code]
  // Completing while the 3-D Secure check waits: Medusa's answer carries the challenge link.
  if (/requires[_ ]more|3-?D Secure/i.test(message)) return NOT_CONFIRMED_YET
  if (/https?:\/\//.test(message)) return "The payment did not go through. Please try again or use another card."
  // "Invalid card: The card number is invalid (…)" and other answers: the processor's own words.
  const text = message.replace(/^(Invalid card|Payment declined[^:]*):\s*/i, "").trim()
  return text || "The payment did not go through. Please use another card."
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
    refresh()
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
        data: {
          card: {
            number: card.number,
            exp_month: card.exp_month,
            exp_year: card.exp_year,
            cvc: card.cvc,
            holder_name: card.name,
          },
        },
      },
      {},
      await getAuthHeaders()
    ))
  } catch (error) {
    refresh()
    return { error: declineMessage(errorMessage(error)) }
  }
  refresh()
  const session = sessionOf(collection, CARD_PROVIDER_ID)
  const challengeUrl = challengeUrlOf(session)
  if (challengeUrl) return { challengeUrl }
  return completeCart(cart.id)
}

/** The issuer's 3-D Secure page, while the session waits for it (status requires_more). */
function challengeUrlOf(session: HttpTypes.StorePaymentSession | undefined): string | null {
  const secure = (session?.data as { three_d_secure?: { status?: unknown; redirect_url?: unknown } } | undefined)
    ?.three_d_secure
  const url = secure?.redirect_url
  return secure?.status === "pending" && typeof url === "string" && /^https?:\/\//.test(url) ? url : null
}

function challengeStatusOf(cart: HttpTypes.StoreCart | null): ChallengeStatus {
  const session = sessionOf(cart?.payment_collection, CARD_PROVIDER_ID)
  const status = (session?.data as { three_d_secure?: { status?: unknown } } | undefined)?.three_d_secure?.status
  return status === "pending" || status === "approved" || status === "failed" ? status : "none"
}

/**
 * What the bank answered the 3-D Secure check so far. The check's page is the
 * issuer's (another origin, no scripts), so the checkout asks the cart's payment
 * session every few seconds and places the order by itself once it is approved.
 */
export async function readChallengeStatus(): Promise<ChallengeStatus> {
  return challengeStatusOf(await retrieveCart())
}

/** After the 3-D Secure challenge: place the order once the bank approved it. */
export async function completeAfterChallenge(_prev: PaymentState, _formData: FormData): Promise<PaymentState> {
  const cart = await retrieveCart()
  const notReady = readyToPay(cart)
  if (notReady || !cart) return { error: notReady }
  const challengeStatus = challengeStatusOf(cart)
  if (challengeStatus === "pending") return { error: NOT_CONFIRMED_YET, challengeStatus }
  if (challengeStatus === "failed") return { error: DECLINES.authentication_failed, challengeStatus }
  return { ...(await completeCart(cart.id)), challengeStatus }
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
