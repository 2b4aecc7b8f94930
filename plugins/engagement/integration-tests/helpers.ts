import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type CapturedEvent = { name: string; data: Record<string, unknown> }

/** Records the engagement events the app emits (in-process event bus), to assert what was emitted and how often. */
export function captureEvents(container: MedusaContainer): CapturedEvent[] {
  const seen: CapturedEvent[] = []
  const bus = container.resolve(Modules.EVENT_BUS)
  for (const name of [
    "engagement.interaction.recorded",
    "engagement.interaction.removed",
    "engagement.actor.merged",
    "engagement.actor.erased",
  ]) {
    bus.subscribe(
      name,
      async (event: { name: string; data: Record<string, unknown> }) => {
        seen.push({ name, data: event.data })
      },
      { subscriberId: `engagement-test-capture-${name}` }
    )
  }
  return seen
}

export function newVisitor(): string {
  return randomUUID()
}

export function visitorHeaders(visitorId: string): Record<string, string> {
  return { "x-shop-visitor": visitorId }
}
