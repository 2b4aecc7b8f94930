import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "order_access_token" (
        "id" text not null,
        "order_id" text not null,
        "token_hash" text not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "order_access_token_pkey" primary key ("id"),
        constraint "order_access_token_hash_is_sha256" check ("token_hash" ~ '^[0-9a-f]{64}$')
      );
    `)
    this.addSql(
      `create index if not exists "IDX_order_access_token_deleted_at" on "order_access_token" ("deleted_at") where "deleted_at" is null;`
    )
    // One live token per order: issuing a new one replaces the old.
    this.addSql(
      `create unique index if not exists "IDX_order_access_token_order_id_unique" on "order_access_token" ("order_id") where "deleted_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_access_token" cascade;`)
  }
}
