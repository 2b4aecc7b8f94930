import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
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

/** How long a worker may hold a "sending" claim before another may take the mail over. */
const CLAIM_SECONDS = 120

class EmailDeliveryModuleService extends MedusaService({ EmailDelivery }) {
  /**
   * Atomically takes one delivery that is due (pending, retrying and due, or a
   * stale "sending" claim) and counts the attempt. Two workers never get the
   * same row: the UPDATE … WHERE status … is the lock.
   */
  @InjectTransactionManager()
  async claimDelivery(
    id: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<ClaimedDelivery | null> {
    const rows: ClaimedDelivery[] = await sharedContext.transactionManager!.execute(
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

  /** Ids of deliveries whose retry is due (or whose claim went stale), oldest first. */
  @InjectTransactionManager()
  async listDueDeliveryIds(
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    const rows: { id: string }[] = await sharedContext.transactionManager!.execute(
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
