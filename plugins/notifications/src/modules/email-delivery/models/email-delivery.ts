import { model } from "@medusajs/framework/utils"

export const EMAIL_DELIVERY_STATUSES = ["pending", "sending", "retrying", "sent", "failed"] as const
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number]

/**
 * One email the store wants delivered, rendered once and kept until it is
 * sent: a failed attempt is recorded here (attempts, last_error) and retried
 * with backoff at next_attempt_at, up to max_attempts; then it is "failed".
 */
export const EmailDelivery = model
  .define("email_delivery", {
    id: model.id({ prefix: "emdl" }).primaryKey(),
    template: model.text(),
    to: model.text().searchable(),
    subject: model.text(),
    html: model.text(),
    text: model.text(),
    /** [{ filename, content_type, content (base64) }] */
    attachments: model.json().nullable(),
    /** What the mail is about, e.g. "order:order_01…" (the admin lists an order's mails by it). */
    reference: model.text().nullable(),
    /** Event redelivery must not mail twice: one delivery per key. */
    idempotency_key: model.text().nullable(),
    status: model.enum([...EMAIL_DELIVERY_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    max_attempts: model.number().default(6),
    next_attempt_at: model.dateTime().nullable(),
    /** A "sending" claim expires here (a crashed worker's mail is picked up again). */
    locked_until: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    /** Medusa's notification record of the successful attempt. */
    notification_id: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL AND deleted_at IS NULL" },
    { on: ["reference"], where: "reference IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status", "next_attempt_at"], where: "deleted_at IS NULL" },
  ])
