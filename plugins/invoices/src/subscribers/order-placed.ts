import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderConfirmationWorkflow } from "@shop/notifications/workflows"
import { issueInvoiceWorkflow } from "../workflows/issue-invoice"
import { sendInvoiceEmailWorkflow } from "../workflows/send-invoice-email"

/**
 * Emitted by the order-tracking plugin right after `order.placed`, once the
 * order's access token exists: `{ id: order_id, token }`. The raw token lives
 * only in this event (the database keeps its hash), so the confirmation mail,
 * which carries the guest's link to the order, is sent from here.
 */
export const ORDER_ACCESS_TOKEN_ISSUED = "order.access_token_issued"

/** The storefront's order page; email + token prove access for a guest. */
export function orderLink(orderId: string, email: string, token: string): string {
  const base = (process.env.STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/+$/, "")
  const query = new URLSearchParams({ email, token }).toString()
  return `${base}/account/orders/details/${encodeURIComponent(orderId)}?${query}`
}

/**
 * A placed order (with its access token) → issue the invoice → mail the
 * order confirmation with the invoice attached and the link to the order.
 * Runs after the checkout request has answered; a mail problem is retried by
 * the notifications plugin and never touches the order.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string; token?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = event.data.id
  let invoiceId: string | null = null
  try {
    const { result } = await issueInvoiceWorkflow(container).run({ input: { order_id: orderId } })
    invoiceId = result.id
  } catch (error) {
    const message = error instanceof Error ? error.message : (error as { message?: string })?.message ?? JSON.stringify(error)
    logger.error(`Could not issue the invoice of order ${orderId}: ${message}`)
  }
  let orderUrl: string | null = null
  if (typeof event.data.token === "string" && event.data.token) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { id: orderId } })
    const email = (data[0] as { email?: string | null } | undefined)?.email
    orderUrl = email ? orderLink(orderId, email, event.data.token) : null
  }
  if (invoiceId) {
    await sendInvoiceEmailWorkflow(container).run({ input: { invoice_id: invoiceId, order_url: orderUrl } })
  } else {
    // The customer still gets a confirmation; the invoice can be issued from the admin.
    await sendOrderConfirmationWorkflow(container).run({ input: { order_id: orderId, order_url: orderUrl } })
  }
}

export const config: SubscriberConfig = {
  event: ORDER_ACCESS_TOKEN_ISSUED,
  context: { subscriberId: "invoices-order-placed" },
}
