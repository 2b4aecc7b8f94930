import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ENGAGEMENT_EVENTS } from "../lib/engagement-events"
import { handleEngagementEvent } from "../lib/handle-engagement-event"

/** The recommender learns: a removed interaction stops counting. */
export default async function onEngagementRemoved({ event, container }: SubscriberArgs<unknown>) {
  await handleEngagementEvent(container, ENGAGEMENT_EVENTS.removed, event.data)
}

export const config: SubscriberConfig = {
  event: ENGAGEMENT_EVENTS.removed,
  context: { subscriberId: "recommendations-engagement-interaction-removed" },
}
