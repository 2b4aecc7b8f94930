import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124203000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "email_delivery" (
        "id" text not null,
        "template" text not null,
        "to" text not null,
        "subject" text not null,
        "html" text not null,
        "text" text not null,
        "attachments" jsonb null,
        "reference" text null,
        "idempotency_key" text null,
        "status" text check ("status" in ('pending', 'sending', 'retrying', 'sent', 'failed')) not null default 'pending',
        "attempts" integer not null default 0,
        "max_attempts" integer not null default 6,
        "next_attempt_at" timestamptz null,
        "locked_until" timestamptz null,
        "last_error" text null,
        "sent_at" timestamptz null,
        "notification_id" text null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "email_delivery_pkey" primary key ("id"),
        constraint "email_delivery_attempts_check" check ("attempts" >= 0 and "max_attempts" >= 1)
      );
    `)
    this.addSql(`create index if not exists "IDX_email_delivery_deleted_at" on "email_delivery" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create unique index if not exists "IDX_email_delivery_idempotency_key_unique" on "email_delivery" ("idempotency_key") where idempotency_key IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `create index if not exists "IDX_email_delivery_reference" on "email_delivery" ("reference") where reference IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `create index if not exists "IDX_email_delivery_status_next_attempt_at" on "email_delivery" ("status", "next_attempt_at") where deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "email_delivery" cascade;`)
  }
}
