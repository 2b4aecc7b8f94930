import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ENGAGEMENT_EVENTS } from "../lib/engagement-events"
import { handleEngagementEvent } from "../lib/handle-engagement-event"

/** The recommender learns: an erased actor's history stops counting. */
export default async function onEngagementErased({ event, container }: SubscriberArgs<unknown>) {
  await handleEngagementEvent(container, ENGAGEMENT_EVENTS.erased, event.data)
}

export const config: SubscriberConfig = {
  event: ENGAGEMENT_EVENTS.erased,
  context: { subscriberId: "recommendations-engagement-actor-erased" },
}
