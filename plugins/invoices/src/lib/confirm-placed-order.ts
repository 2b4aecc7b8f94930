import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { attemptDelivery } from "@shop/notifications/workflows/steps/deliver-email"
import { findEmailDelivery, sendOrderConfirmationEmail } from "@shop/notifications/lib/send-order-confirmation"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import type { IssuedInvoice } from "./issue-invoice"
import { assertInvoiceable, issueInvoiceForOrder } from "./issue-invoice"
import { readOrderForDocuments } from "./order-read"
import { readDocumentFacts } from "./payment-facts"
import { renderDocumentPdf } from "./pdf/render-document-pdf"
import { readSellerContext } from "./settings"

/** The storefront's order page; email + token prove access for a guest. */
export function orderLink(orderId: string, email: string, token: string): string {
  const base = (process.env.STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/+$/, "")
  const query = new URLSearchParams({ email, token }).toString()
  return `${base}/account/orders/details/${encodeURIComponent(orderId)}?${query}`
}

/**
 * What happens once a placed order has its access token: issue the invoice,
 * then mail the order confirmation with the invoice PDF attached and the link
 * to the order page. If issuing fails the confirmation still goes out without
 * it (the admin can issue the invoice later).
 *
 * This runs for every order, so it does the work once and without workflows:
 * the order is read once (one SQL statement, Medusa's totals), the seller and
 * the store's name once, the PDF is rendered from the snapshot just issued, and
 * the mail from the same order. The writes are each atomic and idempotent on
 * their own — the invoice (number + row in one transaction, one per order) and
 * the mail's delivery row (one per idempotency key) — so a redelivered event
 * issues nothing twice and mails nothing twice, and there is nothing to
 * compensate. The issue-invoice and send-invoice-email workflows remain for
 * the admin's routes.
 */
export async function confirmPlacedOrder(container: MedusaContainer, input: { order_id: string; token?: string | null }): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const order = await readOrderForDocuments(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.order_id)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  const seller = await readSellerContext(container)

  let invoice: IssuedInvoice | null = null
  try {
    const service: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    invoice = await issueInvoiceForOrder(service, assertInvoiceable(order, order.id), seller.settings)
  } catch (error) {
    const message = error instanceof Error ? error.message : (error as { message?: string })?.message ?? JSON.stringify(error)
    logger.error(`Could not issue the invoice of order ${order.id}: ${message}`)
  }

  const idempotencyKey = `order-confirmation:${order.id}`
  const recorded = await findEmailDelivery(container, idempotencyKey)
  if (recorded) {
    // A redelivered event: the mail is recorded already (sent, or left to the retry job).
    await attemptDelivery(container, recorded)
    return
  }
  const orderUrl = input.token && order.email ? orderLink(order.id, order.email, input.token) : null
  const attachments = invoice
    ? [
        {
          filename: `${invoice.number}.pdf`,
          content_type: "application/pdf",
          content: (
            await renderDocumentPdf({
              kind: "invoice",
              number: invoice.number,
              snapshot: invoice.snapshot,
              logo: seller.settings.logo,
              facts: await readDocumentFacts(container, order.id, invoice.snapshot.issue_date),
            })
          ).toString("base64"),
        },
      ]
    : undefined
  await sendOrderConfirmationEmail(container, {
    order,
    invoice_number: invoice?.number ?? null,
    order_url: orderUrl,
    attachments,
    idempotency_key: idempotencyKey,
    shop_name: seller.shopName,
  })
}
