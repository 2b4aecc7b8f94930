"use server"

import { getAuthToken } from "@/lib/data/cookies"
import { engagementFetch } from "@/lib/data/engagement"
import { setTrackingChoice } from "@/lib/data/tracking-consent"
import { ensureVisitorId, forgetVisitorId, getVisitorId } from "@/lib/data/visitor"

/**
 * The consent banner's two answers. Accepting makes the visitor id (only
 * then) and stores the choice for the visitor and, when logged in, the
 * customer. Declining stores "declined" and, when a visitor id exists,
 * withdraws its consent (the backend deletes its history) and forgets it.
 */
export async function acceptTracking(): Promise<void> {
  const visitorId = await ensureVisitorId()
  const token = await getAuthToken()
  await engagementFetch("/store/engagement/consent", { token, visitorId }, { method: "POST", body: { granted: true } })
  await setTrackingChoice("granted")
}

export async function declineTracking(): Promise<void> {
  const visitorId = await getVisitorId()
  const token = await getAuthToken()
  if (visitorId || token) {
    await engagementFetch("/store/engagement/consent", { token, visitorId }, { method: "POST", body: { granted: false } })
  }
  if (visitorId) await forgetVisitorId()
  await setTrackingChoice("declined")
}
