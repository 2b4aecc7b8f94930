import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125124800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "review" (
        "id" text not null,
        "product_id" text not null,
        "customer_id" text null,
        "author_name" text null,
        "rating" integer not null,
        "title" text not null,
        "body" text not null,
        "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending',
        "verified_purchase" boolean not null default false,
        "helpful_count" integer not null default 0,
        "reply" text null,
        "replied_at" timestamptz null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "review_pkey" primary key ("id"),
        constraint "review_rating_range" check ("rating" between 1 and 5),
        constraint "review_title_length" check (length(btrim("title")) between 1 and 120),
        constraint "review_body_length" check (length("body") <= 2000),
        constraint "review_reply_length" check ("reply" is null or length("reply") <= 2000),
        constraint "review_reply_dated" check (("reply" is null) = ("replied_at" is null)),
        constraint "review_helpful_not_negative" check ("helpful_count" >= 0)
      );
    `)
    this.addSql(`create index if not exists "IDX_review_deleted_at" on "review" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`create unique index if not exists "IDX_review_customer_id_product_id_unique" on "review" ("customer_id", "product_id") where "deleted_at" is null and "customer_id" is not null;`)
    this.addSql(`create index if not exists "IDX_review_product_id_status_created_at" on "review" ("product_id", "status", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_status_created_at" on "review" ("status", "created_at") where "deleted_at" is null;`)

    this.addSql(`
      create table if not exists "review_helpful_vote" (
        "id" text not null,
        "customer_id" text null,
        "review_id" text not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "review_helpful_vote_pkey" primary key ("id")
      );
    `)
    this.addSql(`create index if not exists "IDX_review_helpful_vote_deleted_at" on "review_helpful_vote" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_helpful_vote_review_id" on "review_helpful_vote" ("review_id") where "deleted_at" is null;`)
    this.addSql(`create unique index if not exists "IDX_review_helpful_vote_review_id_customer_id_unique" on "review_helpful_vote" ("review_id", "customer_id") where "customer_id" is not null;`)
    this.addSql(`
      alter table if exists "review_helpful_vote"
        add constraint "review_helpful_vote_review_id_foreign" foreign key ("review_id")
        references "review" ("id") on update cascade on delete cascade;
    `)

    this.addSql(`
      create table if not exists "review_aggregate" (
        "id" text not null,
        "product_id" text not null,
        "rating_count" integer not null default 0,
        "rating_sum" integer not null default 0,
        "count_1" integer not null default 0,
        "count_2" integer not null default 0,
        "count_3" integer not null default 0,
        "count_4" integer not null default 0,
        "count_5" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "review_aggregate_pkey" primary key ("id"),
        constraint "review_aggregate_counts_not_negative" check (
          "rating_count" >= 0 and "rating_sum" >= 0 and "count_1" >= 0 and "count_2" >= 0
          and "count_3" >= 0 and "count_4" >= 0 and "count_5" >= 0),
        constraint "review_aggregate_histogram_sums" check (
          "rating_count" = "count_1" + "count_2" + "count_3" + "count_4" + "count_5"
          and "rating_sum" = "count_1" + 2 * "count_2" + 3 * "count_3" + 4 * "count_4" + 5 * "count_5")
      );
    `)
    this.addSql(`create unique index if not exists "IDX_review_aggregate_product_id_unique" on "review_aggregate" ("product_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_aggregate_deleted_at" on "review_aggregate" ("deleted_at") where "deleted_at" is null;`)

    this.addSql(`
      create table if not exists "review_request" (
        "id" text not null,
        "order_id" text not null,
        "customer_id" text null,
        "email" text not null,
        "shipped_at" timestamptz not null,
        "sent_at" timestamptz null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "review_request_pkey" primary key ("id")
      );
    `)
    this.addSql(`create unique index if not exists "IDX_review_request_order_id_unique" on "review_request" ("order_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_request_deleted_at" on "review_request" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_helpful_vote" cascade;`)
    this.addSql(`drop table if exists "review" cascade;`)
    this.addSql(`drop table if exists "review_aggregate" cascade;`)
    this.addSql(`drop table if exists "review_request" cascade;`)
  }
}
