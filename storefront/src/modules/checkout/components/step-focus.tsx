"use client"

import { useEffect } from "react"

/**
 * Moves focus to the open step's heading when the shopper arrives from the step
 * before (the URL names the step), instead of leaving them at the top of the page.
 */
export function StepFocus({ headingId, step }: { headingId: string; step: string }) {
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get("step") !== step) return
    const heading = document.getElementById(headingId)
    heading?.focus()
    heading?.scrollIntoView({ block: "start" })
  }, [headingId, step])
  return null
}
