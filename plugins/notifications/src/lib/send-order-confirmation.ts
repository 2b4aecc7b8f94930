import type { MedusaContainer } from "@medusajs/framework/types"
import { EMAIL_DELIVERY_MODULE } from "../modules/email-delivery"
import type EmailDeliveryModuleService from "../modules/email-delivery/service"
import type { DeliveryAttachment } from "../modules/email-delivery/service"
import { renderEmail } from "../templates/render"
import type { DeliverEmailResult } from "../workflows/steps/deliver-email"
import { attemptDelivery, sendClaimedDelivery } from "../workflows/steps/deliver-email"
import { brandFor, DEFAULT_SHOP_NAME, loadBrand } from "./brand"
import { deliveryConfig } from "./config"
import type { OrderForConfirmation } from "./order-email"
import { orderConfirmationData } from "./order-email"

export type SendOrderConfirmationEmailInput = {
  /** The order as already read by the caller, with its totals. */
  order: OrderForConfirmation
  invoice_number?: string | null
  order_url?: string | null
  attachments?: DeliveryAttachment[]
  /** Defaults to one confirmation per order. */
  idempotency_key?: string
  /** The store's name when the caller read it already; otherwise it is read from the store module. */
  shop_name?: string | null
}

/**
 * The order confirmation for a caller that already holds the order: the same
 * template, delivery record and first attempt (retried by the job) as the
 * send-order-confirmation workflow, without reading the order again and
 * without a workflow. It runs on every placed order, where the workflow's
 * Query read and per-step bookkeeping cost more CPU than the mail itself;
 * nothing here needs a compensation (the delivery row is the only write, and
 * it is what the retry job works from).
 */
export async function sendOrderConfirmationEmail(
  container: MedusaContainer,
  input: SendOrderConfirmationEmailInput
): Promise<DeliverEmailResult> {
  const { to, props } = orderConfirmationData(input.order, input.invoice_number, input.order_url)
  const brand =
    input.shop_name === undefined ? await loadBrand(container) : brandFor(input.shop_name?.trim() || DEFAULT_SHOP_NAME)
  const rendered = await renderEmail("order-confirmation", props, brand)
  const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
  const recorded = await service.recordClaimedDelivery({
    template: "order-confirmation",
    to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: input.attachments ?? null,
    reference: `order:${input.order.id}`,
    idempotency_key: input.idempotency_key ?? `order-confirmation:${input.order.id}`,
    max_attempts: deliveryConfig.maxAttempts,
  })
  return "claimed" in recorded
    ? await sendClaimedDelivery(container, recorded.claimed)
    : await attemptDelivery(container, recorded.existing)
}

/** The delivery already recorded under an idempotency key (e.g. a redelivered event), if any. */
export async function findEmailDelivery(container: MedusaContainer, idempotencyKey: string): Promise<string | null> {
  const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
  return await service.findDeliveryIdByKey(idempotencyKey)
}
