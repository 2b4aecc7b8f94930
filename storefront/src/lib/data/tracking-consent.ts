import "server-only"
import { cookies } from "next/headers"
import { readConsent } from "@/lib/data/engagement"

/**
 * The shopper's answer to the consent banner, remembered in this browser for
 * a year (the backend stores it too, per visitor or customer). No answer
 * means no tracking.
 */
const CONSENT_COOKIE = "_shop_tracking"
const YEAR = 60 * 60 * 24 * 365
const secure = (process.env.STOREFRONT_URL || "").startsWith("https://")

export type TrackingChoice = "granted" | "declined"

export async function getTrackingChoice(): Promise<TrackingChoice | null> {
  const value = (await cookies()).get(CONSENT_COOKIE)?.value
  return value === "granted" || value === "declined" ? value : null
}

export async function setTrackingChoice(choice: TrackingChoice): Promise<void> {
  ;(await cookies()).set(CONSENT_COOKIE, choice, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: YEAR })
}

/**
 * On login: the consent stored on the account (given in another browser) now
 * holds in this one too, so the banner does not ask again and tracking follows it.
 */
export async function adoptAccountConsent(token: string, visitorId: string | null): Promise<void> {
  const granted = await readConsent({ token, visitorId })
  if (granted !== null) await setTrackingChoice(granted ? "granted" : "declined")
}
