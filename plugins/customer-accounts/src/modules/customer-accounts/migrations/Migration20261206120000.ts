import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    // The server-side revocation list (lib/revocation.ts): tokens ended by a
    // logout, and auth identities whose earlier tokens and sessions ended with
    // a password change or an erasure. Shared by every server process and kept
    // across restarts. Keys hold digests and ids, never a token in clear.
    this.addSql(`
      create table if not exists "customer_accounts_revocation" (
        "key" text not null,
        "not_before" bigint null,
        "kept_token" text null,
        "expires_at" bigint not null,
        constraint "customer_accounts_revocation_pkey" primary key ("key")
      );
    `)
    this.addSql(
      `create index if not exists "IDX_customer_accounts_revocation_expires_at" on "customer_accounts_revocation" ("expires_at");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_accounts_revocation" cascade;`)
  }
}
