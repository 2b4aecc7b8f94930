import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ENGAGEMENT_EVENTS } from "../lib/engagement-events"
import { handleEngagementEvent } from "../lib/handle-engagement-event"

/** The recommender learns: a visitor's history joins the customer's. */
export default async function onEngagementMerged({ event, container }: SubscriberArgs<unknown>) {
  await handleEngagementEvent(container, ENGAGEMENT_EVENTS.merged, event.data)
}

export const config: SubscriberConfig = {
  event: ENGAGEMENT_EVENTS.merged,
  context: { subscriberId: "recommendations-engagement-actor-merged" },
}
