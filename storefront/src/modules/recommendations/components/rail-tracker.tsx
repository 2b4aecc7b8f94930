"use client"
import type { ReactNode } from "react"
import { useEffect, useRef } from "react"
import { reportRecommendationEvent } from "@/lib/data/recommendation-events"

/**
 * Reports the rail's impressions once when it is shown and a click on any
 * of its products (the backend keeps them only with the shopper's consent).
 */
export function RailTracker({ rail, productIds, children }: { rail: string; productIds: string[]; children: ReactNode }) {
  const reported = useRef(false)
  const key = productIds.join(",")
  useEffect(() => {
    if (reported.current || !key) return
    reported.current = true
    void reportRecommendationEvent("impression", rail, key.split(","))
  }, [rail, key])
  return (
    <div
      data-testid={`recommendations-${rail}`}
      onClickCapture={(event) => {
        const card = (event.target as HTMLElement).closest("[data-product-id]")
        const id = card?.getAttribute("data-product-id")
        if (id && (event.target as HTMLElement).closest("a")) void reportRecommendationEvent("click", rail, [id])
      }}
    >
      {children}
    </div>
  )
}
