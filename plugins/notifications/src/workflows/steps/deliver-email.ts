import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { merchantEmail, retryDelaySeconds } from "../../lib/config"
import { EMAIL_DELIVERY_MODULE } from "../../modules/email-delivery"
import type EmailDeliveryModuleService from "../../modules/email-delivery/service"
import type { ClaimedDelivery } from "../../modules/email-delivery/service"
import { emailTemplates, isEmailTemplateName } from "../../templates"

export type DeliverEmailResult = {
  id: string
  status: "sent" | "retrying" | "failed" | "skipped"
  attempts?: number
  error?: string
}

const REDACTED = "[removed after delivery: this mail contained a secret link]"

/**
 * Access tokens in links (`?token=…` of guest order and support links) are
 * needed until the mail is out; the stored copy then keeps the link without
 * its token, so the delivery table never holds a working secret.
 */
export function withoutLinkTokens(content: string): string {
  return content.replace(/([?&](?:amp;)?token=)[^&"'\s<>]+/g, "$1[removed]")
}

/**
 * One attempt to hand a recorded mail to the notification provider. It never
 * throws for a failed send: the failure is recorded on the delivery with the
 * time of the next attempt (exponential backoff), so a mail problem never
 * fails the workflow or the request that caused it.
 */
export async function attemptDelivery(container: MedusaContainer, id: string): Promise<DeliverEmailResult> {
  const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
  const claimed = await service.claimDelivery(id)
  if (!claimed) {
    // Already sent, given up, not yet due, or another worker holds it.
    return { id, status: "skipped" }
  }
  return await sendClaimedDelivery(container, claimed)
}

/** The attempt itself, for a delivery this process holds the claim of (see attemptDelivery). */
export async function sendClaimedDelivery(container: MedusaContainer, claimed: ClaimedDelivery): Promise<DeliverEmailResult> {
  const id = claimed.id
  const service: EmailDeliveryModuleService = container.resolve(EMAIL_DELIVERY_MODULE)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notificationModule = container.resolve(Modules.NOTIFICATION)
  const replyTo = merchantEmail()
  try {
    const notification = await notificationModule.createNotifications({
      to: claimed.to,
      channel: "email",
      template: claimed.template,
      content: { subject: claimed.subject, html: claimed.html, text: claimed.text },
      attachments: (claimed.attachments?.items ?? []).map((a) => ({
        filename: a.filename,
        content_type: a.content_type,
        content: a.content,
        disposition: "attachment",
      })),
      data: { email_delivery_id: claimed.id },
      provider_data: replyTo ? { reply_to: replyTo } : null,
      trigger_type: "email_delivery",
      resource_type: "email_delivery",
      resource_id: claimed.id,
      idempotency_key: `${claimed.id}:${claimed.attempts}`,
    })
    const redact = isEmailTemplateName(claimed.template) && emailTemplates[claimed.template].redactAfterSend === true
    await service.markDeliverySent(claimed.id, {
      notification_id: notification?.id ?? null,
      ...(redact
        ? { html: REDACTED, text: REDACTED }
        : { html: withoutLinkTokens(claimed.html), text: withoutLinkTokens(claimed.text) }),
    })
    return { id, status: "sent", attempts: claimed.attempts }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const final = claimed.attempts >= claimed.max_attempts
    const delay = retryDelaySeconds(claimed.attempts)
    await service.markDeliveryFailed(claimed.id, {
      final,
      last_error: message.slice(0, 2000),
      next_attempt_at: final ? null : new Date(Date.now() + delay * 1000),
    })
    const what = `email ${claimed.template} to ${claimed.to} (${claimed.id}), attempt ${claimed.attempts}/${claimed.max_attempts}`
    if (final) {
      logger.error(`Giving up on ${what}: ${message}`)
    } else {
      logger.warn(`Could not send ${what}, retrying in ${delay} s: ${message}`)
    }
    return { id, status: final ? "failed" : "retrying", attempts: claimed.attempts, error: message }
  }
}

/**
 * The attempt as a workflow step. No compensation: a mail that went out cannot
 * be called back, and a failed attempt is already recorded for the retry job.
 */
export const deliverEmailStep = createStep("deliver-email", async (input: { id: string }, { container }) => {
  return new StepResponse(await attemptDelivery(container, input.id))
})
