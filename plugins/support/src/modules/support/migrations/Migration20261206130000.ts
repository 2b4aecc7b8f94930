import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206130000 extends Migration {
  override async up(): Promise<void> {
    // Counters of rate-limiter-flexible (RateLimiterPostgres) for new support
    // requests, shared by every server process. Keys are hashes.
    this.addSql(`
      create table if not exists "support_rate_limit" (
        "key" varchar(255) not null,
        "points" integer not null default 0,
        "expire" bigint null,
        constraint "support_rate_limit_pkey" primary key ("key")
      );
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_rate_limit" cascade;`)
  }
}
