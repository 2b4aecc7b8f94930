import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "invoice" (
        "id" text not null,
        "number" text not null,
        "year" integer not null,
        "sequence" integer not null,
        "order_id" text not null,
        "customer_id" text null,
        "currency_code" text not null,
        "total" integer not null,
        "issued_at" timestamptz not null,
        "snapshot" jsonb not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "invoice_pkey" primary key ("id"),
        constraint "invoice_sequence_positive" check ("sequence" > 0),
        constraint "invoice_number_format" check ("number" ~ '^INV-[0-9]{4}-[0-9]{6,}$')
      );
    `)
    this.addSql(`create unique index if not exists "IDX_invoice_number_unique" on "invoice" ("number");`)
    this.addSql(`create unique index if not exists "IDX_invoice_year_sequence_unique" on "invoice" ("year", "sequence");`)
    // One invoice per order: a redelivered order.placed event cannot issue a second one.
    this.addSql(`create unique index if not exists "IDX_invoice_order_id_unique" on "invoice" ("order_id");`)
    this.addSql(`create index if not exists "IDX_invoice_customer_id" on "invoice" ("customer_id");`)
    this.addSql(`create index if not exists "IDX_invoice_deleted_at" on "invoice" ("deleted_at") where "deleted_at" is null;`)

    this.addSql(`
      create table if not exists "credit_note" (
        "id" text not null,
        "number" text not null,
        "year" integer not null,
        "sequence" integer not null,
        "invoice_id" text not null,
        "order_id" text not null,
        "customer_id" text null,
        "refund_id" text not null,
        "currency_code" text not null,
        "total" integer not null,
        "issued_at" timestamptz not null,
        "snapshot" jsonb not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "credit_note_pkey" primary key ("id"),
        constraint "credit_note_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade,
        constraint "credit_note_sequence_positive" check ("sequence" > 0),
        constraint "credit_note_total_positive" check ("total" > 0),
        constraint "credit_note_number_format" check ("number" ~ '^CN-[0-9]{4}-[0-9]{6,}$')
      );
    `)
    this.addSql(`create unique index if not exists "IDX_credit_note_number_unique" on "credit_note" ("number");`)
    this.addSql(`create unique index if not exists "IDX_credit_note_year_sequence_unique" on "credit_note" ("year", "sequence");`)
    this.addSql(`create unique index if not exists "IDX_credit_note_refund_id_unique" on "credit_note" ("refund_id");`)
    this.addSql(`create index if not exists "IDX_credit_note_order_id" on "credit_note" ("order_id");`)
    this.addSql(`create index if not exists "IDX_credit_note_invoice_id" on "credit_note" ("invoice_id");`)
    this.addSql(`create index if not exists "IDX_credit_note_deleted_at" on "credit_note" ("deleted_at") where "deleted_at" is null;`)

    this.addSql(`
      create table if not exists "invoice_counter" (
        "id" text not null,
        "series" text not null,
        "year" integer not null,
        "last_value" integer not null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "invoice_counter_pkey" primary key ("id"),
        constraint "invoice_counter_series_check" check ("series" in ('INV', 'CN')),
        constraint "invoice_counter_last_value_check" check ("last_value" >= 0)
      );
    `)
    this.addSql(`create unique index if not exists "IDX_invoice_counter_series_year_unique" on "invoice_counter" ("series", "year");`)

    this.addSql(`
      create table if not exists "invoice_settings" (
        "id" text not null,
        "company_name" text not null,
        "address" text not null,
        "vat_id" text not null,
        "tax_number" text null,
        "iban" text not null,
        "bic" text null,
        "bank_name" text null,
        "email" text not null,
        "logo" text null,
        "footer_note" text null,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null,
        constraint "invoice_settings_pkey" primary key ("id")
      );
    `)
    // The seller is one: a second settings row cannot exist.
    this.addSql(`create unique index if not exists "IDX_invoice_settings_single" on "invoice_settings" ((true)) where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit_note" cascade;`)
    this.addSql(`drop table if exists "invoice" cascade;`)
    this.addSql(`drop table if exists "invoice_counter" cascade;`)
    this.addSql(`drop table if exists "invoice_settings" cascade;`)
  }
}
