import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "customer_profile" (
        "id" text not null,
        "username" text not null,
        "username_normalized" text not null,
        "title" text null,
        "birthday" text null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "customer_profile_pkey" primary key ("id"),
        constraint "customer_profile_username_format" check ("username" ~ '^[A-Za-z0-9._-]{3,30}$'),
        constraint "customer_profile_username_normalized" check ("username_normalized" = lower("username")),
        constraint "customer_profile_title_length" check ("title" is null or char_length("title") between 1 and 20),
        constraint "customer_profile_birthday_date" check (
          "birthday" is null or ("birthday" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and to_char("birthday"::date, 'YYYY-MM-DD') = "birthday")
        )
      );
    `)
    this.addSql(
      `create index if not exists "IDX_customer_profile_deleted_at" on "customer_profile" ("deleted_at") where "deleted_at" is null;`
    )
    // "MaxM" and "maxm" are the same username.
    this.addSql(
      `create unique index if not exists "IDX_customer_profile_username_unique" on "customer_profile" ("username_normalized") where "deleted_at" is null;`
    )

    // Counters of rate-limiter-flexible (RateLimiterPostgres), shared by every
    // server process. Keys are hashes, never a login or an address in clear.
    this.addSql(`
      create table if not exists "customer_accounts_rate_limit" (
        "key" varchar(255) not null,
        "points" integer not null default 0,
        "expire" bigint null,
        constraint "customer_accounts_rate_limit_pkey" primary key ("key")
      );
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_accounts_rate_limit" cascade;`)
    this.addSql(`drop table if exists "customer_profile" cascade;`)
  }
}
