import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ENGAGEMENT_EVENTS } from "../lib/engagement-events"
import { handleEngagementEvent } from "../lib/handle-engagement-event"

/** The recommender learns: an interaction (view, wishlist entry, order line) counts. */
export default async function onEngagementRecorded({ event, container }: SubscriberArgs<unknown>) {
  await handleEngagementEvent(container, ENGAGEMENT_EVENTS.recorded, event.data)
}

export const config: SubscriberConfig = {
  event: ENGAGEMENT_EVENTS.recorded,
  context: { subscriberId: "recommendations-engagement-interaction-recorded" },
}
