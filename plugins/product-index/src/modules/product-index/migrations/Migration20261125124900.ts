import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Ratings shown with each product (`rating`, `rating_count` in the api/v1
 * document). Kept apart from product_index_entry so a rebuild of the entries
 * keeps them; written by whoever computes ratings (@shop/reviews).
 */
export class Migration20261125124900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "product_index_rating" (
        "product_id" text not null,
        "rating" numeric(3, 2) null,
        "rating_count" integer not null default 0,
        "updated_at" timestamptz not null default now(),
        constraint "product_index_rating_pkey" primary key ("product_id"),
        constraint "product_index_rating_range" check ("rating" is null or "rating" between 1 and 5),
        constraint "product_index_rating_count_not_negative" check ("rating_count" >= 0)
      );
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_index_rating" cascade;`)
  }
}
