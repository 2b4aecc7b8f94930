import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { EmailDelivery } from "./models/email-delivery"

export type ClaimedDelivery = {
  id: string
  to: string
  template: string
  subject: string
  html: string
  text: string
  attachments: { items: DeliveryAttachment[] } | null
  attempts: number
  max_attempts: number
}

export type DeliveryAttachment = { filename: string; content_type: string; content: string }

export type NewDelivery = {
  template: string
  to: string
  subject: string
  html: string
  text: string
  attachments?: DeliveryAttachment[] | null
  reference?: string | null
  idempotency_key?: string | null
  max_attempts: number
}

/** How long a worker may hold a "sending" claim before another may take the mail over. */
const CLAIM_SECONDS = 120

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/**
 * Owns email_delivery. The statements a mail goes through on its way out
 * (record, claim, sent/failed) are single parameterised SQL statements on the
 * shared pool: each is atomic on its own, and the ORM's unit of work cost
 * ~1.5 ms of CPU per statement against ~0.25 ms here, on every order.
 */
class EmailDeliveryModuleService extends MedusaService({ EmailDelivery }) {
  protected readonly knex_: Knex

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /**
   * Records a mail (status pending) before any attempt. With an idempotency
   * key that was seen before nothing is written and the existing delivery is
   * returned: the unique index on the key decides, also between two workers
   * handling the same event at once.
   */
  async recordDelivery(input: NewDelivery): Promise<{ id: string; created: boolean }> {
    const { rows } = await this.knex_.raw<{ rows: { id: string }[] }>(
      `insert into "email_delivery" ("id", "template", "to", "subject", "html", "text", "attachments", "reference",
         "idempotency_key", "status", "attempts", "max_attempts", "created_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'pending', 0, ?, now(), now())
       on conflict ("idempotency_key") where idempotency_key IS NOT NULL AND deleted_at IS NULL do nothing
       returning "id"`,
      [
        generateEntityId(undefined, "emdl"),
        input.template,
        input.to,
        input.subject,
        input.html,
        input.text,
        input.attachments ? JSON.stringify({ items: input.attachments }) : null,
        input.reference ?? null,
        input.idempotency_key ?? null,
        input.max_attempts,
      ]
    )
    if (rows[0]) return { id: rows[0].id, created: true }
    const existing = input.idempotency_key ? await this.findDeliveryIdByKey(input.idempotency_key) : null
    if (!existing) throw new Error(`email delivery with key ${input.idempotency_key} vanished while recording it`)
    return { id: existing, created: false }
  }

  /**
   * Records a mail and claims its first attempt in the same statement (status
   * sending, attempt 1, the usual claim lease): for a caller about to send it
   * right away, this saves the separate claim and reading the whole mail back.
   * If the process dies before the attempt is recorded, the lease expires and
   * the retry job takes the mail over, as for any stale claim. With an
   * idempotency key that was seen before nothing is written and the existing
   * delivery's id is returned, unclaimed.
   */
  async recordClaimedDelivery(input: NewDelivery): Promise<{ claimed: ClaimedDelivery } | { existing: string }> {
    const id = generateEntityId(undefined, "emdl")
    const attachments = input.attachments ? { items: input.attachments } : null
    const { rows } = await this.knex_.raw<{ rows: { id: string }[] }>(
      `insert into "email_delivery" ("id", "template", "to", "subject", "html", "text", "attachments", "reference",
         "idempotency_key", "status", "attempts", "max_attempts", "locked_until", "created_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'sending', 1, ?, now() + make_interval(secs => ?), now(), now())
       on conflict ("idempotency_key") where idempotency_key IS NOT NULL AND deleted_at IS NULL do nothing
       returning "id"`,
      [
        id,
        input.template,
        input.to,
        input.subject,
        input.html,
        input.text,
        attachments ? JSON.stringify(attachments) : null,
        input.reference ?? null,
        input.idempotency_key ?? null,
        input.max_attempts,
        CLAIM_SECONDS,
      ]
    )
    if (rows[0]) {
      return {
        claimed: {
          id,
          to: input.to,
          template: input.template,
          subject: input.subject,
          html: input.html,
          text: input.text,
          attachments,
          attempts: 1,
          max_attempts: input.max_attempts,
        },
      }
    }
    const existing = input.idempotency_key ? await this.findDeliveryIdByKey(input.idempotency_key) : null
    if (!existing) throw new Error(`email delivery with key ${input.idempotency_key} vanished while recording it`)
    return { existing }
  }

  /** The delivery recorded under an idempotency key, if any. */
  async findDeliveryIdByKey(idempotencyKey: string): Promise<string | null> {
    const { rows } = await this.knex_.raw<{ rows: { id: string }[] }>(
      `select "id" from "email_delivery" where "idempotency_key" = ? and "deleted_at" is null`,
      [idempotencyKey]
    )
    return rows[0]?.id ?? null
  }

  /**
   * Atomically takes one delivery that is due (pending, retrying and due, or a
   * stale "sending" claim) and counts the attempt. Two workers never get the
   * same row: the UPDATE … WHERE status … is the lock.
   */
  async claimDelivery(id: string): Promise<ClaimedDelivery | null> {
    const { rows } = await this.knex_.raw<{ rows: ClaimedDelivery[] }>(
      `update "email_delivery"
          set "status" = 'sending', "attempts" = "attempts" + 1,
              "locked_until" = now() + make_interval(secs => ?), "updated_at" = now()
        where "id" = ? and "deleted_at" is null
          and ( "status" = 'pending'
             or ("status" = 'retrying' and ("next_attempt_at" is null or "next_attempt_at" <= now()))
             or ("status" = 'sending' and "locked_until" < now()) )
      returning "id", "to", "template", "subject", "html", "text", "attachments", "attempts", "max_attempts"`,
      [CLAIM_SECONDS, id]
    )
    return rows[0] ?? null
  }

  /** The attempt went out: record it, with the stored copy's content as it may be kept. */
  async markDeliverySent(id: string, input: { notification_id: string | null; html: string; text: string }): Promise<void> {
    await this.knex_.raw(
      `update "email_delivery"
          set "status" = 'sent', "sent_at" = now(), "notification_id" = ?, "last_error" = null, "locked_until" = null,
              "next_attempt_at" = null, "html" = ?, "text" = ?, "updated_at" = now()
        where "id" = ?`,
      [input.notification_id, input.html, input.text, id]
    )
  }

  /** The attempt failed: retry at `next_attempt_at`, or give up (`final`). */
  async markDeliveryFailed(id: string, input: { final: boolean; last_error: string; next_attempt_at: Date | null }): Promise<void> {
    await this.knex_.raw(
      `update "email_delivery"
          set "status" = ?, "last_error" = ?, "locked_until" = null, "next_attempt_at" = ?, "updated_at" = now()
        where "id" = ?`,
      [input.final ? "failed" : "retrying", input.last_error, input.next_attempt_at, id]
    )
  }

  /** Ids of deliveries whose retry is due (or whose claim went stale), oldest first. */
  async listDueDeliveryIds(limit: number): Promise<string[]> {
    const { rows } = await this.knex_.raw<{ rows: { id: string }[] }>(
      `select "id" from "email_delivery"
        where "deleted_at" is null
          and ( ("status" = 'retrying' and ("next_attempt_at" is null or "next_attempt_at" <= now()))
             or ("status" = 'sending' and "locked_until" < now())
             or ("status" = 'pending' and "created_at" < now() - interval '1 minute') )
        order by coalesce("next_attempt_at", "created_at") asc
        limit ?`,
      [limit]
    )
    return rows.map((r) => r.id)
  }
}

export default EmailDeliveryModuleService
