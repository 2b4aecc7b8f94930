"use client"

import { useState, useTransition } from "react"
import { acceptTracking, declineTracking } from "@/lib/data/tracking"

/** The two answers, equally easy; the banner goes away as soon as one is chosen. */
export function ConsentBannerForm() {
  const [answered, setAnswered] = useState(false)
  const [pending, startTransition] = useTransition()
  if (answered) return null
  const choose = (action: () => Promise<void>) =>
    startTransition(async () => {
      await action()
      setAnswered(true)
    })
  return (
    <section className="consent-banner" role="region" aria-label="Tracking consent" data-testid="consent-banner">
      <p>
        May we remember which products you look at? We use it only in this shop, for &ldquo;Recently viewed&rdquo; and
        recommendations. Nothing is recorded unless you accept, and you can change your mind any time under &ldquo;Privacy settings&rdquo; at the foot of every page.
      </p>
      <div className="consent-banner__actions">
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => choose(acceptTracking)}
          data-testid="consent-accept"
        >
          Accept
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => choose(declineTracking)}
          data-testid="consent-decline"
        >
          Decline
        </button>
      </div>
    </section>
  )
}
