import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { WorkflowManager } from "@medusajs/framework/orchestration"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The notifications plugin's workflow that renders, records, sends and retries a templated mail. */
export const SEND_EMAIL_WORKFLOW = "send-email"

export type StoreEmail = {
  /** A template of the notifications plugin (its src/templates/index.ts), e.g. "shipment". */
  template: string
  to: string
  props: Record<string, unknown>
  /** What the mail is about, e.g. "order:order_01…" (listed per order in the admin). */
  reference?: string
  /** Mails with the same key are sent once (event redelivery). */
  idempotency_key?: string
}

/**
 * Mails one of the store's templates through the notifications plugin's
 * `send-email` workflow, run by its id so this plugin needs no import of that
 * package. That workflow renders the template (HTML + text), records the
 * delivery and retries a failed send with backoff; it resolves after the first
 * attempt and does not fail because of SMTP trouble. Without the
 * notifications plugin the mail is skipped with a warning.
 */
export async function sendStoreEmail(container: MedusaContainer, email: StoreEmail): Promise<void> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!WorkflowManager.getWorkflow(SEND_EMAIL_WORKFLOW)) {
    logger.warn(`No "${SEND_EMAIL_WORKFLOW}" workflow (is @shop/notifications loaded?): "${email.template}" to ${email.to} not sent`)
    return
  }
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  await engine.run(SEND_EMAIL_WORKFLOW, { input: email, throwOnError: true })
}
