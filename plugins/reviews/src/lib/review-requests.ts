import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendEmailWorkflow } from "@shop/notifications/workflows"
import { storefrontUrl } from "@shop/order-tracking/lib/storefront"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"

const DAY_MS = 24 * 60 * 60 * 1000
/** Orders shipped longer ago than delay + this are not asked any more (a job that was down for a while catches up). */
const LOOKBACK_DAYS = 30
const BATCH = 200

type ShippedFulfillment = {
  id: string
  shipped_at: Date | string | null
  canceled_at: Date | string | null
  order?: {
    id: string
    display_id: number | null
    email: string | null
    customer_id: string | null
    status: string
    customer?: { first_name: string | null } | null
    items?: ({ product_id: string | null; product_title: string | null } | null)[] | null
  } | null
}

export type ReviewRequestRun = { found: number; sent: string[] }

/** Where the email's "Rate it" links lead: the product page's review form. */
export function reviewFormUrl(productId: string): string {
  return storefrontUrl(`/products/${encodeURIComponent(productId)}?review=1#write-review`)
}

/**
 * Finds orders shipped at least `reviewRequestDelayDays` ago that have no
 * review request yet, records one per order (the record is what makes it
 * idempotent: a second run, or a second process, finds it) and mails it
 * through the notifications plugin's send-email workflow.
 */
export async function sendDueReviewRequests(container: MedusaContainer, now: Date = new Date()): Promise<ReviewRequestRun> {
  const service: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { reviewRequestDelayDays } = service.getOptions()
  const cutoff = new Date(now.getTime() - reviewRequestDelayDays * DAY_MS)
  const since = new Date(cutoff.getTime() - LOOKBACK_DAYS * DAY_MS)

  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "shipped_at",
      "canceled_at",
      "order.id",
      "order.display_id",
      "order.email",
      "order.customer_id",
      "order.status",
      "order.customer.first_name",
      "order.items.product_id",
      "order.items.product_title",
    ],
    filters: { shipped_at: { $lte: cutoff, $gte: since }, canceled_at: null },
    pagination: { take: BATCH, order: { shipped_at: "ASC" } },
  })

  // The first shipment of each live order counts.
  const orders = new Map<string, { order: NonNullable<ShippedFulfillment["order"]>; shipped_at: Date }>()
  for (const f of data as ShippedFulfillment[]) {
    const order = f.order
    if (!order || !f.shipped_at || order.status === "canceled" || !order.email) continue
    if (!orders.has(order.id)) orders.set(order.id, { order, shipped_at: new Date(f.shipped_at) })
  }
  if (orders.size === 0) return { found: 0, sent: [] }

  const known = await service.listReviewRequests({ order_id: [...orders.keys()] }, { select: ["order_id", "sent_at"], take: null })
  const done = new Set(known.filter((r) => r.sent_at !== null).map((r) => r.order_id))

  const sent: string[] = []
  for (const [orderId, { order, shipped_at }] of orders) {
    if (done.has(orderId)) continue
    const products = new Map<string, string>()
    for (const item of order.items ?? []) {
      if (item?.product_id && !products.has(item.product_id)) products.set(item.product_id, item.product_title || "Your product")
    }
    const request = await service.recordReviewRequest({
      order_id: orderId,
      customer_id: order.customer_id,
      email: order.email as string,
      shipped_at,
    })
    try {
      await sendOne(container, orderId, order, products)
    } catch (error) {
      // Left unsent (sent_at null): the next run tries again; the idempotency key keeps it to one mail.
      logger.warn(`reviews: review request for order ${orderId} not sent: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    await service.updateReviewRequests({ id: request.id, sent_at: new Date() })
    sent.push(orderId)
  }
  return { found: orders.size, sent }
}

async function sendOne(
  container: MedusaContainer,
  orderId: string,
  order: NonNullable<ShippedFulfillment["order"]>,
  products: Map<string, string>
): Promise<void> {
  if (products.size === 0) return
  // Sent once even if this run is repeated after a crash: the delivery is keyed by the order.
  await sendEmailWorkflow(container).run({
    input: {
      template: "review-request",
      to: order.email as string,
      reference: `order:${orderId}`,
      idempotency_key: `review-request:${orderId}`,
      props: {
        customer_name: order.customer?.first_name ?? null,
        order_display_id: order.display_id ?? orderId,
        products: [...products].slice(0, 20).map(([id, title]) => ({ title, review_url: reviewFormUrl(id) })),
      },
    },
  })
}
