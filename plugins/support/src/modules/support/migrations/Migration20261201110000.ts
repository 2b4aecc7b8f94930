import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "support_request" (
        "id" text not null,
        "customer_id" text null,
        "email" text not null,
        "order_id" text null,
        "subject" text not null,
        "category" text check ("category" in ('order_problem', 'return', 'product_question', 'other')) not null,
        "status" text check ("status" in ('open', 'waiting_for_customer', 'closed')) not null default 'open',
        "requester_ip_hash" text null,
        "last_message_at" timestamptz not null,
        "closed_at" timestamptz null,
        "merchant_unread_count" integer not null default 0,
        "customer_unread_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "support_request_pkey" primary key ("id"),
        constraint "support_request_subject_not_blank" check (length(btrim("subject")) > 0),
        constraint "support_request_email_not_blank" check (length(btrim("email")) > 0),
        constraint "support_request_unread_not_negative" check ("merchant_unread_count" >= 0 and "customer_unread_count" >= 0),
        constraint "support_request_closed_at_matches_status" check (("status" = 'closed') = ("closed_at" is not null))
      );
    `)
    this.addSql(`create index if not exists "IDX_support_request_deleted_at" on "support_request" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_request_customer_id_created_at" on "support_request" ("customer_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_request_order_id" on "support_request" ("order_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_request_status_created_at" on "support_request" ("status", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_request_requester_ip_hash_created_at" on "support_request" ("requester_ip_hash", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_request_email_created_at" on "support_request" ("email", "created_at") where "deleted_at" is null;`)

    this.addSql(`
      create table if not exists "support_message" (
        "id" text not null,
        "author_type" text check ("author_type" in ('customer', 'merchant')) not null,
        "author_id" text null,
        "body" text not null,
        "request_id" text not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "support_message_pkey" primary key ("id"),
        constraint "support_message_body_not_blank" check (length(btrim("body")) > 0)
      );
    `)
    this.addSql(`create index if not exists "IDX_support_message_request_id" on "support_message" ("request_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_support_message_deleted_at" on "support_message" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`
      alter table if exists "support_message"
        add constraint "support_message_request_id_foreign" foreign key ("request_id")
        references "support_request" ("id") on update cascade on delete cascade;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_message" cascade;`)
    this.addSql(`drop table if exists "support_request" cascade;`)
  }
}
