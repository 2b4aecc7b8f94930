import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderConfirmationWorkflow } from "@shop/notifications/workflows"
import { issueInvoiceWorkflow } from "../workflows/issue-invoice"
import { sendInvoiceEmailWorkflow } from "../workflows/send-invoice-email"

/**
 * order.placed → issue the invoice → mail the order confirmation with the
 * invoice attached. Runs after the checkout request has answered; a mail
 * problem is retried by the notifications plugin and never touches the order.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let invoiceId: string | null = null
  try {
    const { result } = await issueInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
    invoiceId = result.id
  } catch (error) {
    const message = error instanceof Error ? error.message : (error as { message?: string })?.message ?? JSON.stringify(error)
    logger.error(`Could not issue the invoice of order ${event.data.id}: ${message}`)
  }
  if (invoiceId) {
    await sendInvoiceEmailWorkflow(container).run({ input: { invoice_id: invoiceId } })
  } else {
    // The customer still gets a confirmation; the invoice can be issued from the admin.
    await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "invoices-order-placed" },
}
