import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The recommender's tables. Only `recommendation_feedback` is a DML model;
 * the others are the model's state, written by the service in plain SQL:
 *
 *   recommendation_source      every interaction once (source_id), with its removal
 *   recommendation_actor_item  per actor and product: max weight, latest time, and
 *                              the weight it counts with now (0 outside the window)
 *   recommendation_pair        co(i, j) > 0, both directions (no CHECK: an upsert adds
 *                              signed deltas, and rows that reach 0 are deleted)
 *   recommendation_item        norm²(i) > 0
 *   recommendation_neighbor    the materialised top-k per item, by cosine
 *   recommendation_item_day    purchases, wishlists and views per product and day
 *                              (bestsellers and trending for the cold start)
 */
export class Migration20261125124500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "recommendation_source" (
        "source_id" text not null,
        "actor" text not null,
        "product_id" text not null,
        "kind" text not null check ("kind" in ('view', 'wishlist', 'purchase')),
        "weight" smallint not null check ("weight" between 1 and 3),
        "occurred_at" timestamptz null,
        "removed_at" timestamptz null,
        "created_at" timestamptz not null default now(),
        constraint "recommendation_source_pkey" primary key ("source_id"),
        constraint "recommendation_source_active_has_time" check ("removed_at" is not null or "occurred_at" is not null)
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_source_actor_product" on "recommendation_source" ("actor", "product_id") where "removed_at" is null;`)
    this.addSql(`create index if not exists "IDX_recommendation_source_actor" on "recommendation_source" ("actor");`)

    this.addSql(`
      create table if not exists "recommendation_actor_item" (
        "actor" text not null,
        "product_id" text not null,
        "weight" smallint not null check ("weight" between 1 and 3),
        "last_at" timestamptz not null,
        "counted_weight" smallint not null default 0 check ("counted_weight" in (0, "weight")),
        constraint "recommendation_actor_item_pkey" primary key ("actor", "product_id")
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_actor_item_recent" on "recommendation_actor_item" ("actor", "last_at" desc, "product_id" collate "C");`)

    this.addSql(`
      create table if not exists "recommendation_pair" (
        "product_id" text not null,
        "other_id" text not null,
        "co" integer not null,
        constraint "recommendation_pair_pkey" primary key ("product_id", "other_id"),
        constraint "recommendation_pair_not_self" check ("product_id" <> "other_id")
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_pair_strongest" on "recommendation_pair" ("product_id", "co" desc, "other_id" collate "C");`)

    this.addSql(`
      create table if not exists "recommendation_item" (
        "product_id" text not null,
        "norm2" integer not null,
        "ranked_at" timestamptz not null default now(),
        constraint "recommendation_item_pkey" primary key ("product_id")
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_item_ranked_at" on "recommendation_item" ("ranked_at");`)

    this.addSql(`
      create table if not exists "recommendation_neighbor" (
        "product_id" text not null,
        "neighbor_id" text not null,
        "score" double precision not null,
        "position" smallint not null check ("position" >= 1),
        constraint "recommendation_neighbor_pkey" primary key ("product_id", "position")
      );
    `)

    this.addSql(`
      create table if not exists "recommendation_item_day" (
        "product_id" text not null,
        "day" date not null,
        "purchases" integer not null default 0,
        "wishlists" integer not null default 0,
        "views" integer not null default 0,
        constraint "recommendation_item_day_pkey" primary key ("product_id", "day")
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_item_day_day" on "recommendation_item_day" ("day");`)

    this.addSql(`
      create table if not exists "recommendation_feedback" (
        "id" text not null,
        "actor" text not null,
        "rail" text not null check ("rail" in ('for-you', 'also-bought')),
        "type" text not null check ("type" in ('impression', 'click')),
        "product_id" text not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "recommendation_feedback_pkey" primary key ("id")
      );
    `)
    this.addSql(`create index if not exists "IDX_recommendation_feedback_created_at_rail" on "recommendation_feedback" ("created_at", "rail") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_recommendation_feedback_actor" on "recommendation_feedback" ("actor") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_recommendation_feedback_deleted_at" on "recommendation_feedback" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    for (const table of [
      "recommendation_feedback",
      "recommendation_item_day",
      "recommendation_neighbor",
      "recommendation_item",
      "recommendation_pair",
      "recommendation_actor_item",
      "recommendation_source",
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`)
    }
  }
}
