import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "product_index_entry" (
        "id" text not null,
        "name" text not null,
        "handle" text not null,
        "description" text null,
        "image" text null,
        "price" numeric null,
        "raw_price" jsonb null,
        "currency_code" text null,
        "brand" text null,
        "brand_key" text null,
        "stock" integer not null default 0,
        "search_text" text not null,
        "sort_name" text not null,
        "product_created_at" timestamptz not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "product_index_entry_pkey" primary key ("id"),
        constraint "product_index_entry_stock_not_negative" check ("stock" >= 0),
        constraint "product_index_entry_price_not_negative" check ("price" is null or "price" >= 0)
      );
    `)
    this.addSql(`create index if not exists "IDX_product_index_entry_deleted_at" on "product_index_entry" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_product_index_entry_sort_name" on "product_index_entry" ("sort_name", "id");`)
    this.addSql(`create index if not exists "IDX_product_index_entry_price" on "product_index_entry" ("price", "sort_name", "id");`)
    this.addSql(`create index if not exists "IDX_product_index_entry_created" on "product_index_entry" ("product_created_at", "id");`)
    this.addSql(`create index if not exists "IDX_product_index_entry_brand_key" on "product_index_entry" ("brand_key");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_index_entry" cascade;`)
  }
}
