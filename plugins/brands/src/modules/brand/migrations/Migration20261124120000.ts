import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "brand" (
        "id" text not null,
        "name" text not null,
        "description" text null,
        "logo" text null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "brand_pkey" primary key ("id"),
        constraint "brand_name_not_blank" check (length(btrim("name")) > 0)
      );
    `)
    this.addSql(`create index if not exists "IDX_brand_deleted_at" on "brand" ("deleted_at") where "deleted_at" is null;`)
    // Brand names are unique regardless of case ("zespri" clashes with "Zespri").
    this.addSql(
      `create unique index if not exists "IDX_brand_name_lower_unique" on "brand" (lower("name")) where "deleted_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "brand" cascade;`)
  }
}
