import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261209121500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "engagement_consent" (
        "id" text not null,
        "customer_id" text null,
        "visitor_id" text null,
        "granted" boolean not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "engagement_consent_pkey" primary key ("id"),
        constraint "engagement_consent_one_actor" check (("customer_id" is null) <> ("visitor_id" is null))
      );
    `)
    this.addSql(`create unique index if not exists "IDX_engagement_consent_customer_id_unique" on "engagement_consent" ("customer_id") where customer_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`create unique index if not exists "IDX_engagement_consent_visitor_id_unique" on "engagement_consent" ("visitor_id") where visitor_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`create index if not exists "IDX_engagement_consent_deleted_at" on "engagement_consent" ("deleted_at") where deleted_at is null;`)

    this.addSql(`
      create table if not exists "engagement_view" (
        "id" text not null,
        "actor" text not null,
        "customer_id" text null,
        "visitor_id" text null,
        "product_id" text not null,
        "viewed_at" timestamptz not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "engagement_view_pkey" primary key ("id"),
        constraint "engagement_view_actor_matches" check (
          ("customer_id" is not null and "visitor_id" is null and "actor" = 'customer:' || "customer_id")
          or ("visitor_id" is not null and "customer_id" is null and "actor" = 'visitor:' || "visitor_id")
        )
      );
    `)
    this.addSql(`create index if not exists "IDX_engagement_view_actor_product_id_viewed_at" on "engagement_view" ("actor", "product_id", "viewed_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_view_customer_id_viewed_at" on "engagement_view" ("customer_id", "viewed_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_view_visitor_id_viewed_at" on "engagement_view" ("visitor_id", "viewed_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_view_product_id_viewed_at" on "engagement_view" ("product_id", "viewed_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_view_viewed_at" on "engagement_view" ("viewed_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_view_deleted_at" on "engagement_view" ("deleted_at") where deleted_at is null;`)

    this.addSql(`
      create table if not exists "engagement_wishlist_item" (
        "id" text not null,
        "customer_id" text not null,
        "product_id" text not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "engagement_wishlist_item_pkey" primary key ("id")
      );
    `)
    this.addSql(`create unique index if not exists "IDX_engagement_wishlist_item_customer_id_product_id_unique" on "engagement_wishlist_item" ("customer_id", "product_id") where deleted_at IS NULL;`)
    this.addSql(`create index if not exists "IDX_engagement_wishlist_item_product_id" on "engagement_wishlist_item" ("product_id") where deleted_at IS NULL;`)
    this.addSql(`create index if not exists "IDX_engagement_wishlist_item_deleted_at" on "engagement_wishlist_item" ("deleted_at") where deleted_at is null;`)

    this.addSql(`
      create table if not exists "engagement_purchase" (
        "id" text not null,
        "customer_id" text not null,
        "order_id" text not null,
        "line_item_id" text not null,
        "product_id" text null,
        "variant_id" text null,
        "product_title" text null,
        "variant_title" text null,
        "thumbnail" text null,
        "quantity" integer not null,
        "returned_quantity" integer not null default 0,
        "purchased_at" timestamptz not null,
        "canceled_at" timestamptz null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "engagement_purchase_pkey" primary key ("id"),
        constraint "engagement_purchase_quantity_positive" check ("quantity" > 0),
        constraint "engagement_purchase_returned_in_range" check ("returned_quantity" >= 0 and "returned_quantity" <= "quantity")
      );
    `)
    this.addSql(`create unique index if not exists "IDX_engagement_purchase_line_item_id_unique" on "engagement_purchase" ("line_item_id");`)
    this.addSql(`create index if not exists "IDX_engagement_purchase_customer_id_purchased_at" on "engagement_purchase" ("customer_id", "purchased_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_purchase_order_id" on "engagement_purchase" ("order_id") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_purchase_product_id_purchased_at" on "engagement_purchase" ("product_id", "purchased_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_engagement_purchase_deleted_at" on "engagement_purchase" ("deleted_at") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "engagement_purchase" cascade;`)
    this.addSql(`drop table if exists "engagement_wishlist_item" cascade;`)
    this.addSql(`drop table if exists "engagement_view" cascade;`)
    this.addSql(`drop table if exists "engagement_consent" cascade;`)
  }
}
