"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { acceptTracking, declineTracking } from "@/lib/data/tracking"

type Choice = "granted" | "declined" | null

const SAY: Record<"granted" | "declined" | "none", string> = {
  granted: "You allow us to remember the products you look at.",
  declined: "You do not allow it: nothing is recorded.",
  none: "You have not chosen yet: nothing is recorded.",
}

/** Changing the consent banner's answer at any time; withdrawing deletes the viewing history. */
export function ConsentSettings({ current }: { current: Choice }) {
  const router = useRouter()
  const [choice, setChoice] = useState<Choice>(current)
  const [message, setMessage] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const choose = (next: "granted" | "declined") =>
    startTransition(async () => {
      await (next === "granted" ? acceptTracking() : declineTracking())
      setChoice(next)
      setMessage(next === "granted" ? "Saved: we remember what you look at." : "Saved: consent withdrawn, your viewing history is deleted.")
      router.refresh()
    })
  return (
    <div className="stack" data-testid="consent-settings" data-choice={choice ?? "none"}>
      <p data-testid="consent-current">{SAY[choice ?? "none"]}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={pending || choice === "granted"}
          onClick={() => choose("granted")}
          data-testid="consent-settings-accept"
        >
          Allow
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending || choice === "declined"}
          onClick={() => choose("declined")}
          data-testid="consent-settings-withdraw"
        >
          {choice === "granted" ? "Withdraw consent and delete my history" : "Do not allow"}
        </button>
      </div>
      <p role="status" className="muted" data-testid="consent-settings-message">
        {message}
      </p>
    </div>
  )
}
